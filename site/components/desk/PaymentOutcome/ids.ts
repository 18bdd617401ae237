/** The elements of the outcome page its island fills. */
export const ids = { title: 'outcome-title', text: 'outcome-text', receipt: 'outcome-receipt', application: 'outcome-application', certificate: 'outcome-certificate' } as const
