/** The cookie the server sets beside the session's (which scripts cannot read): it only says someone is logged in. */
const loggedInCookie = 'sportello_connesso=1'

/** Whether a citizen is logged in on this browser; pages ask the API for nothing when not. */
export const isLoggedIn = (): boolean => document.cookie.split('; ').includes(loggedInCookie)
