/** The parts of the desk its island shows, hides and fills. */
export const ids = { outcome: 'desk-outcome', loading: 'desk-loading', main: 'desk-main', greeting: 'desk-greeting' }
