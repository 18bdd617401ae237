import { createHash, timingSafeEqual } from 'node:crypto'

import { createRoute, z } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'

import type { PaymentStore } from '../data/payments'
import { ApiError } from '../errors'
import type { ClientKey } from '../middleware/clientKey'
import { addressInRanges } from '../middleware/addressRanges'
import { requireJsonBody } from '../middleware/personal'
import { errorResponse, jsonResponse, newRouter } from '../openapi'
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
    200: jsonResponse(z.object({ outcome: z.enum(['settled', 'duplicate', 'unmatched']) }), 'Ricevuta registrata (anche se già nota)'),
    401: errorResponse('Chiave non valida'), 403: errorResponse('Mittente non autorizzato'), 422: errorResponse('Ricevuta non valida'),
  },
})

/** What the receipts endpoint trusts: the platform's key and, where configured, the addresses it sends from. */
export type ReceiptGate = { payments: PaymentStore; receiptKey: string; receiptSenders?: string[]; clientAddress: ClientKey }

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Lets through only the platform: from an allowed address (when a list is configured) and with its
 * subscription key, compared in constant time (digests, so not even the length leaks). Every refusal
 * is written to the payments trail with the sender's address, so staff see who tried.
 */
function platformOnly(deps: ReceiptGate): MiddlewareHandler {
  const want = digest(deps.receiptKey)
  return async (c, next) => {
    const address = deps.clientAddress(c)
    if (deps.receiptSenders?.length && !addressInRanges(address, deps.receiptSenders)) {
      await refuse(deps, c, 'mittente non autorizzato')
      throw new ApiError('forbidden', 'Mittente non autorizzato a inviare ricevute pagoPA.')
    }
    if (!timingSafeEqual(digest(c.req.header('ocp-apim-subscription-key') ?? ''), want)) {
      await refuse(deps, c, 'chiave non valida')
      throw new ApiError('unauthenticated', 'Chiave della piattaforma pagoPA non valida.')
    }
    await next()
  }
}

const refuse = (deps: ReceiptGate, c: Context, why: string) =>
  deps.payments.recordEvent({ action: 'ricevuta-rifiutata', sourceAddress: deps.clientAddress(c), detail: why })

/**
 * A malformed receipt is refused by the route's validation (422); this records the refusal after it,
 * from the error the app's handler answered with, so the body is parsed once.
 */
function recordMalformed(deps: ReceiptGate): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const error = c.error
    if (error instanceof ApiError && error.code === 'validation') {
      await refuse(deps, c, `ricevuta non valida: ${error.fields.map((f) => `${f.field} ${f.message}`).join('; ').slice(0, 500)}`)
    }
  }
}

/**
 * /api/pagopa/ricevute: server-to-server, so outside the browsers' Origin check; authenticated by
 * key (and address) instead. A receipt is acknowledged (200) whenever it is stored, so the platform
 * stops retrying; each delivery, accepted or refused, is kept in the trail with where it came from.
 */
export function pagopaReceiptRoutes(deps: ReceiptGate & {
  /** The creditor receipts must be for. */
  creditorFiscalCode: string
  /** What follows a settled position (a certificate paid for is issued); its failure never fails the receipt. */
  afterSettlement?: (positionId: number) => Promise<void>
}) {
  const router = newRouter()
  router.use('/pagopa/ricevute', platformOnly(deps), requireJsonBody, recordMalformed(deps))
  router.openapi(route, async (c) => {
    const { receipt } = c.req.valid('json')
    const { outcome, receipt: stored } = await recordReceipt(deps.payments, deps.creditorFiscalCode, receipt)
    await deps.payments.recordEvent({
      action: 'ricevuta-accettata', receipt: stored.id, position: typeof stored.position === 'object' ? stored.position?.id : stored.position,
      sourceAddress: deps.clientAddress(c), detail: `Ricevuta ${receipt.receiptId}: ${outcome === 'settled' ? 'posizione saldata' : outcome === 'duplicate' ? 'già registrata' : 'da riconciliare'}.`,
    })
    const settled = stored.settlesPosition && stored.position ? (typeof stored.position === 'object' ? stored.position.id : stored.position) : null
    if (settled && deps.afterSettlement) {
      await deps.afterSettlement(settled).catch((error: unknown) => console.warn(`[pagopa] ricevuta ${receipt.receiptId}: posizione saldata, seguito rinviato (${error instanceof Error ? error.message : 'errore'})`))
    }
    // Never the debtor: only the receipt's own identifiers reach the log.
    if (outcome !== 'settled') console.warn(`[pagopa] ricevuta ${receipt.receiptId}: ${outcome === 'duplicate' ? 'già registrata' : 'da riconciliare'}`)
    return c.json({ outcome }, 200)
  })
  return router
}
