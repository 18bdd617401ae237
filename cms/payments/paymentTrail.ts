import type { Payload, PayloadRequest } from 'payload'

/** What can happen to a payment record; every one of them leaves an entry in the trail. */
export const paymentActions = [
  { value: 'creata', label: 'Posizione creata' },
  { value: 'corretta', label: 'Importo o scadenza corretti' },
  { value: 'annullata', label: 'Posizione annullata' },
  { value: 'aggiornata', label: 'Aggiornata dal sistema' },
  { value: 'bozza-eliminata', label: 'Domanda in bozza eliminata dal cittadino' },
  { value: 'ricevuta-accettata', label: 'Ricevuta pagoPA accettata' },
  { value: 'ricevuta-rifiutata', label: 'Ricevuta pagoPA rifiutata' },
  { value: 'riconciliata', label: 'Ricevuta riconciliata a mano' },
] as const

export type PaymentAction = (typeof paymentActions)[number]['value']

/** One field that an action changed, as text a person reads. */
export type PaymentChange = { field: string; before: string; after: string }

/** One entry of the trail; the actor is the staff member of the request, or the system. */
export type PaymentEventInput = {
  action: PaymentAction
  position?: number | null
  receipt?: number | null
  reason?: string | null
  changes?: PaymentChange[]
  sourceAddress?: string | null
  detail?: string | null
}

type StaffUser = { id: number | string; collection?: string; name?: string | null; email?: string | null }

/**
 * Appends to "Registro dei pagamenti". Only the system writes here (the collection refuses every
 * write over the API); entries are never updated or deleted, so the trail says who changed money and when.
 */
export async function recordPaymentEvent(payload: Payload, event: PaymentEventInput, req?: PayloadRequest): Promise<void> {
  const user = req?.user as StaffUser | null | undefined
  const staff = user && (user.collection === undefined || user.collection === 'users') ? user : null
  await payload.create({
    collection: 'payment-events',
    data: {
      action: event.action, position: event.position ?? null, receipt: event.receipt ?? null,
      actorType: staff ? 'operatore' : event.action.startsWith('ricevuta') ? 'pagopa' : 'sistema',
      actor: staff ? (staff.id as number) : null,
      actorLabel: staff ? staff.name || staff.email || `Utente ${staff.id}` : event.action.startsWith('ricevuta') ? 'Piattaforma pagoPA' : 'Sistema',
      reason: event.reason ?? null, changes: event.changes ?? [], sourceAddress: event.sourceAddress ?? null, detail: event.detail ?? null,
    },
    ...(req ? { req } : {}),
    depth: 0,
  })
}
