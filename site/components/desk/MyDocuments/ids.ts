/** The elements of "Documenti" its island fills. */
export const ids = { loading: 'documents-loading', error: 'documents-error', empty: 'documents-empty', list: 'documents-list', item: 'document-item' } as const
