/** The header's login link box, on every page. */
export const headerLoginId = 'sportello-login'
