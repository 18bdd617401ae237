/** The elements of "Richieste di assistenza" its island fills. */
export const ids = { error: 'my-assistance-error', empty: 'my-assistance-empty', list: 'my-assistance-list', item: 'my-assistance-item' } as const
