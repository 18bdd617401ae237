/** The elements of "Notifiche" its island fills. */
export const ids = { form: 'notifications-form', status: 'notifications-status', error: 'notifications-error' } as const

/** The id of the checkbox of one event and channel, e.g. notifica-pagamento-dovuto-io. */
export const choiceId = (event: string, channel: string): string => `notifica-${event}-${channel}`
