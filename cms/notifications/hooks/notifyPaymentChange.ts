import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { PaymentPosition } from '../../payload-types'
import { dispatchNotification } from '../dispatch'
import type { Notification } from '../notification'

/** The citizen a fiscal code belongs to, if they ever logged in. */
export async function citizenByFiscalCode(req: PayloadRequest, fiscalCode: string) {
  const { docs } = await req.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: fiscalCode } }, limit: 1, depth: 0, pagination: false, overrideAccess: true, req })
  return docs[0] ?? null
}

/**
 * What a position's change tells its debtor: a position the Comune raised (by an operator or an
 * import, not the fee the citizen started paying themselves) is a payment due, with its pagoPA notice;
 * a position that became paid is a payment received.
 */
export function positionToNotification(doc: PaymentPosition, previous: PaymentPosition | undefined, operation: 'create' | 'update'): Notification | null {
  const ref = { description: doc.reason, amountCents: doc.amountCents, noticeNumber: doc.noticeCode ?? '' }
  if (operation === 'create' && doc.status === 'da-pagare' && doc.source !== 'servizio' && doc.noticeCode && doc.creditorFiscalCode) {
    return { kind: 'payment-due', data: { ...ref, dueDate: doc.dueDate ? new Date(doc.dueDate) : null, payeeFiscalCode: doc.creditorFiscalCode } }
  }
  if (operation === 'update' && doc.status === 'pagata' && previous?.status !== 'pagata') return { kind: 'payment-received', data: { ...ref, paidAt: new Date(doc.paidAt ?? Date.now()) } }
  return null
}

/** Tells the debtor, if they have a desk, about a payment due or received, inside the change's transaction. */
export const notifyPaymentChange: CollectionAfterChangeHook<PaymentPosition> = async ({ doc, previousDoc, operation, req }) => {
  const notification = positionToNotification(doc, previousDoc, operation)
  if (!notification) return doc
  const citizen = await citizenByFiscalCode(req, doc.debtorFiscalCode)
  if (citizen) await dispatchNotification(req.payload, { notification, to: { citizen } }, req)
  return doc
}
