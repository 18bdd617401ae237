import { namedActionEndpoint } from '../../../endpoints/namedAction'
import { reconcileReceipt } from '../../../payments/positionActions'

/** POST /api/payment-receipts/:id/riconcilia — { note }: closes a receipt that settled no position. */
export const reconcileReceiptEndpoint = namedActionEndpoint('riconcilia', (req, id, body) => reconcileReceipt(req, id, body.note))
