/** The login box, which the desk's islands hide once they know a citizen is logged in. */
export const deskLoginId = 'desk-login'
