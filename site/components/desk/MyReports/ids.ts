/** The elements of "Segnalazioni" its island fills. */
export const ids = { error: 'my-reports-error', empty: 'my-reports-empty', list: 'my-reports-list', item: 'my-report-item' } as const
