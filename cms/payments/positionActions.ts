import type { PayloadRequest } from 'payload'

import type { PaymentActionContext } from '../collections/PaymentPositions/hooks/recordPositionChange'
import { hasRole } from '../access/roles'
import { ActionRefusedError } from '../endpoints/namedAction'
import type { PaymentPosition, PaymentReceipt } from '../payload-types'
import { recordPaymentEvent } from './paymentTrail'

/** A named payment action refused, with the Italian message the clerk reads and the HTTP status. */
export class PaymentActionError extends ActionRefusedError {
  override name = 'PaymentActionError'
}

/** What a clerk may correct on a position not yet registered with pagoPA. */
export type PositionCorrection = { amountCents?: number; dueDate?: string; reason: string }

const needsReason = (reason: unknown) => {
  if (typeof reason !== 'string' || reason.trim().length < 5) throw new PaymentActionError('Scrivi il motivo (almeno 5 caratteri): resta nel registro dei pagamenti.')
  return reason.trim().slice(0, 1000)
}

/** The position as the staff member of the request may see it, or a 401/403/404 in Italian. */
async function positionForStaff(req: PayloadRequest, id: number | string): Promise<PaymentPosition> {
  if (!req.user) throw new PaymentActionError('Accesso riservato al personale.', 401)
  if (!hasRole(req.user, 'admin') && !hasRole(req.user, 'operator')) throw new PaymentActionError('Solo gli operatori dell’ufficio e gli amministratori agiscono sui pagamenti.', 403)
  const position = await req.payload.findByID({ collection: 'payment-positions', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true })
  if (!position) throw new PaymentActionError('Posizione debitoria non trovata.', 404)
  return position
}

const update = (req: PayloadRequest, id: number, data: Partial<PaymentPosition>, context: PaymentActionContext) =>
  req.payload.update({ collection: 'payment-positions', id, data, context, depth: 0, req })

/**
 * Corrects the amount or the due date of a position while it is still only ours: once registered
 * with pagoPA, or raised by a service's fee, it is cancelled and raised again instead.
 */
export async function correctPosition(req: PayloadRequest, id: number | string, input: PositionCorrection): Promise<PaymentPosition> {
  const reason = needsReason(input.reason)
  const position = await positionForStaff(req, id)
  if (position.status !== 'da-pagare') throw new PaymentActionError('Si correggono solo le posizioni da pagare.', 409)
  if (position.registeredAt) throw new PaymentActionError('La posizione è già pubblicata su pagoPA: annullala e creane una nuova.', 409)
  if (position.source === 'servizio') throw new PaymentActionError('I diritti di un servizio si cambiano nella scheda del servizio, non sulla singola posizione.', 409)
  const data: Partial<PaymentPosition> = {}
  if (input.amountCents !== undefined) {
    if (!Number.isInteger(input.amountCents) || input.amountCents < 1 || input.amountCents > 99_999_999) throw new PaymentActionError('L’importo deve essere un numero intero di centesimi tra 1 e 99.999.999.')
    data.amountCents = input.amountCents
  }
  if (input.dueDate !== undefined) {
    const due = new Date(input.dueDate)
    if (Number.isNaN(due.getTime())) throw new PaymentActionError('Scadenza non valida: usa una data come 2026-12-31.')
    data.dueDate = due.toISOString()
  }
  if (!Object.keys(data).length) throw new PaymentActionError('Indica il nuovo importo o la nuova scadenza.')
  return update(req, position.id, data, { paymentAction: 'corretta', paymentReason: reason })
}

/** Cancels a position not paid yet, with the reason the trail keeps. A paid one is refunded, never cancelled. */
export async function cancelPosition(req: PayloadRequest, id: number | string, reasonText: unknown): Promise<PaymentPosition> {
  const reason = needsReason(reasonText)
  const position = await positionForStaff(req, id)
  if (position.status === 'pagata') throw new PaymentActionError('La posizione è già pagata: non si annulla, si rimborsa.', 409)
  if (position.status === 'annullata') throw new PaymentActionError('La posizione è già annullata.', 409)
  return update(req, position.id, { status: 'annullata' }, { paymentAction: 'annullata', paymentReason: reason })
}

/** Closes a receipt that settled no position, with the note that says how it was resolved. */
export async function reconcileReceipt(req: PayloadRequest, id: number | string, noteText: unknown): Promise<PaymentReceipt> {
  const note = needsReason(noteText)
  if (!req.user) throw new PaymentActionError('Accesso riservato al personale.', 401)
  const receipt = await req.payload.findByID({ collection: 'payment-receipts', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true })
  if (!receipt) throw new PaymentActionError('Ricevuta non trovata.', 404)
  if (receipt.reconciliation !== 'da-riconciliare') throw new PaymentActionError('Questa ricevuta non è da riconciliare.', 409)
  const closed = await req.payload.update({ collection: 'payment-receipts', id: receipt.id, data: { reconciliation: 'riconciliata', staffNote: note }, depth: 0, req })
  await recordPaymentEvent(req.payload, { action: 'riconciliata', receipt: receipt.id, position: closed.position as number | null, reason: note }, req)
  return closed
}
