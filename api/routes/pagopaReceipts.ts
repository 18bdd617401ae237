import { timingSafeEqual } from 'node:crypto'

import { createRoute, z } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'

import { creditorFromEnv } from '../../cms/payments/creditor'
import type { PaymentStore } from '../data/payments'
import { ApiError } from '../errors'
import { requireJsonBody } from '../middleware/personal'
import { newRouter } from '../openapi'
import { recordReceipt } from '../services/receipts'

const receiptSchema = z.object({
  idPA: z.string().max(35),
  receipt: z.object({
    receiptId: z.string().min(1).max(64),
    noticeNumber: z.string().regex(/^\d{18}$/, 'Il codice avviso è di 18 cifre.'),
    fiscalCode: z.string().regex(/^\d{11}$/, 'Il codice fiscale dell’ente è di 11 cifre.'),
    outcome: z.literal('OK', { error: 'Sono accettate solo ricevute con esito OK.' }),
    paymentAmount: z.string().regex(/^\d{1,9}\.\d{2}$/, 'Importo non valido (es. 12.50).'),
    paymentDateTime: z.iso.datetime({ offset: true, local: true, error: 'Data del pagamento non valida.' }),
    pspCompanyName: z.string().max(140).optional(),
    paymentMethod: z.string().max(35).optional(),
  }).loose(),
}).loose().openapi('PagopaReceipt')

const route = createRoute({
  method: 'post', path: '/pagopa/ricevute', tags: ['pagoPA'], summary: 'Ricevuta di pagamento inviata da pagoPA (paSendRT in JSON)',
  request: { body: { required: true, content: { 'application/json': { schema: receiptSchema } } } },
  responses: {
    200: { description: 'Ricevuta registrata (anche se già nota)', content: { 'application/json': { schema: z.object({ outcome: z.enum(['settled', 'duplicate', 'unmatched']) }) } } },
    401: { description: 'Chiave non valida' }, 422: { description: 'Ricevuta non valida' },
  },
})

/** The platform authenticates with its subscription key, compared in constant time. */
function platformKey(expected: string): MiddlewareHandler {
  const want = Buffer.from(expected)
  return async (c, next) => {
    const got = Buffer.from(c.req.header('ocp-apim-subscription-key') ?? '')
    if (got.length !== want.length || !timingSafeEqual(got, want)) throw new ApiError('unauthenticated', 'Chiave della piattaforma pagoPA non valida.')
    await next()
  }
}

/**
 * /api/pagopa/ricevute: server-to-server, so outside the browsers' Origin check; authenticated by
 * key instead. A receipt is acknowledged (200) whenever it is stored, so the platform stops retrying.
 */
export function pagopaReceiptRoutes(deps: { payments: PaymentStore; receiptKey: string }) {
  const router = newRouter()
  router.use('/pagopa/ricevute', platformKey(deps.receiptKey), requireJsonBody)
  router.openapi(route, async (c) => {
    const { receipt } = c.req.valid('json')
    const { outcome } = await recordReceipt(deps.payments, creditorFromEnv().fiscalCode, receipt)
    // Never the debtor: only the receipt's own identifiers reach the log.
    if (outcome !== 'settled') console.warn(`[pagopa] ricevuta ${receipt.receiptId}: ${outcome === 'duplicate' ? 'già registrata' : 'da riconciliare'}`)
    return c.json({ outcome }, 200)
  })
  return router
}
