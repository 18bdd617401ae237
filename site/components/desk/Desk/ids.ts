/** The parts of the desk its island shows, hides and fills. */
export const ids = { lead: 'desk-lead', outcome: 'desk-outcome', loading: 'desk-loading', main: 'desk-main', greeting: 'desk-greeting' }
