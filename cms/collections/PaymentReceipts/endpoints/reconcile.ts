import { paymentActionEndpoint } from '../../../payments/actionEndpoint'
import { reconcileReceipt } from '../../../payments/positionActions'

/** POST /api/payment-receipts/:id/riconcilia — { note }: closes a receipt that settled no position. */
export const reconcileReceiptEndpoint = paymentActionEndpoint('riconcilia', (req, id, body) => reconcileReceipt(req, id, body.note))
