import type { CollectionAfterChangeHook } from 'payload'

import type { PaymentPosition } from '../../../payload-types'
import { centsToEuro, positionStatuses } from '../../../payments/creditor'
import { recordPaymentEvent, type PaymentAction, type PaymentChange } from '../../../payments/paymentTrail'
import { relationId } from '../../../relationId'

/** What a named action tells the trail through the request context. */
export type PaymentActionContext = { paymentAction?: PaymentAction; paymentReason?: string }

const statusLabel = (value: unknown) => positionStatuses.find((s) => s.value === value)?.label ?? String(value ?? '')
const dateText = (value: unknown) => (value ? new Date(String(value)).toLocaleDateString('it-IT', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Rome' }) : '')
const text = (value: unknown) => (value === null || value === undefined ? '' : String(relationId(value as never) ?? ''))

/** The fields the trail follows, with their label and how a person reads their value. */
const tracked: [keyof PaymentPosition, string, (value: unknown) => string][] = [
  ['reason', 'Causale', text], ['amountCents', 'Importo', (v) => (typeof v === 'number' ? centsToEuro(v) : '')],
  ['dueDate', 'Scadenza', dateText], ['status', 'Stato', statusLabel], ['debtorFiscalCode', 'Codice fiscale del debitore', text],
  ['debtorName', 'Debitore', text], ['office', 'Ufficio', text], ['service', 'Servizio', text], ['applicationRef', 'Pratica', text],
  ['paidAt', 'Pagata il', dateText], ['receipt', 'Ricevuta', text], ['registeredAt', 'Pubblicata su pagoPA il', dateText],
]

/** The tracked fields whose value differs between two versions of a position. */
export function positionChanges(before: Partial<PaymentPosition> | undefined, after: Partial<PaymentPosition>): PaymentChange[] {
  return tracked.flatMap(([name, field, show]) => {
    const was = show(before?.[name])
    const now = show(after[name])
    return was === now ? [] : [{ field, before: was, after: now }]
  })
}

/** Every creation of and change to a position, by staff or by the system, goes into "Registro dei pagamenti". */
export const recordPositionChange: CollectionAfterChangeHook<PaymentPosition> = async ({ doc, previousDoc, operation, req, context }) => {
  const { paymentAction, paymentReason } = context as PaymentActionContext
  const changes = positionChanges(operation === 'create' ? undefined : previousDoc, doc)
  if (operation === 'update' && changes.length === 0) return doc
  await recordPaymentEvent(req.payload, { action: paymentAction ?? (operation === 'create' ? 'creata' : 'aggiornata'), position: doc.id, reason: paymentReason, changes }, req)
  return doc
}
