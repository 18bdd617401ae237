/** What became of one delivery, as the delivery log shows it. */
export const deliveryStatuses = [
  { value: 'in-coda', label: 'In coda' },
  { value: 'inviata', label: 'Inviata' },
  { value: 'saltata', label: 'Non inviata (canale non disponibile)' },
  { value: 'in-riprova', label: 'Non riuscita, nuovo tentativo previsto' },
  { value: 'non-riuscita', label: 'Non riuscita' },
  { value: 'iscrizione-scaduta', label: 'Dispositivo non più iscritto' },
] as const

/** A delivery's status, e.g. 'in-riprova'. */
export type DeliveryStatus = (typeof deliveryStatuses)[number]['value']

/** The log's event for service messages no preference governs (email checks, email confirmation). */
export const serviceEvent = { value: 'servizio', label: 'Messaggio di servizio (conferma email)' } as const

/** How many times a delivery is tried before it is given up as 'non-riuscita'. */
export const maxDeliveryAttempts = 5

/** The wait before the next attempt: 30 s, 1, 2, 4 minutes… (exponential), or what the service asked (Retry-After) when longer. */
export const retryDelayMs = (attempts: number, retryAfterMs = 0, baseMs = 30_000): number => Math.max(baseMs * 2 ** Math.max(0, attempts - 1), retryAfterMs)
