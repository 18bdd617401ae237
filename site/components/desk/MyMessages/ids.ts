/** The elements of "Messaggi" its island fills. */
export const ids = { error: 'messages-error', empty: 'messages-empty', list: 'messages-list', item: 'message-item' } as const
