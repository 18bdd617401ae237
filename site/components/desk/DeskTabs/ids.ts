/** The list of tabs, which the desk's island turns into ARIA tabs once the citizen's data is in. */
export const deskTabsId = 'desk-tabs'
