import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'

import type { Creditor } from '../../cms/payments/creditor'
import { requireCitizen } from '../auth/citizenSession'
import { paymentSchemas as s } from '../contract/payments'
import type { CitizenStore } from '../data/citizens'
import type { PaymentStore } from '../data/payments'
import { paymentNoticePdf } from '../documents/paymentNoticePdf'
import { paymentReceiptPdf } from '../documents/paymentReceiptPdf'
import { ApiError } from '../errors'
import { downloadResponse } from '../download'
import { requireJsonBody } from '../middleware/personal'
import { errorResponse, jsonResponse, newRouter, noParameters, type AppEnv } from '../openapi'
import type { PagopaClient } from '../pagopa/client'
import { ensureRegistered, findMyPosition, listMyPayments, positionToView, startCheckout } from '../services/payments'

/** What the "I miei pagamenti" routes need. */
export type PaymentRoutesDeps = { citizens: CitizenStore; payments: PaymentStore; pagopa: PagopaClient | null; publicUrl: URL; creditor: Creditor }

const tags = ['I miei pagamenti']
const pdf = { content: { 'application/pdf': { schema: s.pdf } } }

const listRoute = createRoute({
  method: 'get', path: '/me/pagamenti', tags, summary: 'I miei pagamenti, con i totali da pagare e pagati', middleware: [requireCitizen] as const,
  responses: { 200: jsonResponse(s.overview, 'Posizioni del cittadino'), 401: errorResponse('Non autenticato') },
})
const oneRoute = createRoute({
  method: 'get', path: '/me/pagamenti/{id}', tags, summary: 'Un pagamento', middleware: [requireCitizen] as const, request: { params: s.idParam },
  responses: { 200: jsonResponse(s.payment, 'La posizione'), 401: errorResponse('Non autenticato'), 404: errorResponse('Non trovato') },
})
const noticeRoute = createRoute({
  method: 'get', path: '/me/pagamenti/{id}/avviso.pdf', tags, summary: 'Avviso di pagamento (PDF con QR code pagoPA)', middleware: [requireCitizen] as const, request: { params: s.idParam },
  responses: { 200: { description: 'PDF', ...pdf }, 401: errorResponse('Non autenticato'), 404: errorResponse('Non trovato'), 409: errorResponse('Avviso annullato') },
})
const receiptRoute = createRoute({
  method: 'get', path: '/me/pagamenti/{id}/ricevuta.pdf', tags, summary: 'Ricevuta di pagamento (PDF)', middleware: [requireCitizen] as const, request: { params: s.idParam },
  responses: { 200: { description: 'PDF', ...pdf }, 401: errorResponse('Non autenticato'), 404: errorResponse('Non trovato o non ancora pagato') },
})
const payRoute = createRoute({
  method: 'post', path: '/me/pagamenti/{id}/paga', tags, summary: 'Paga ora: avvia il pagamento su pagoPA', middleware: [requireCitizen, requireJsonBody] as const,
  request: { params: s.idParam, body: noParameters },
  responses: {
    200: jsonResponse(s.checkout, 'Dove mandare il cittadino'), 401: errorResponse('Non autenticato'),
    404: errorResponse('Non trovato'), 409: errorResponse('Già pagato o annullato'), 503: errorResponse('pagoPA non disponibile'),
  },
})

/** /api/me/pagamenti*: the logged-in citizen's own payment positions, notices and receipts. */
export function paymentRoutes(deps: PaymentRoutesDeps) {
  const router = newRouter()
  const fiscalCode = async (c: Context<AppEnv>) => {
    const citizen = await deps.citizens.findById(c.get('session')!.citizenId)
    if (!citizen) throw new ApiError('unauthenticated')
    return citizen.fiscalCode
  }

  router.openapi(listRoute, async (c) => c.json(await listMyPayments(deps.payments, await fiscalCode(c)), 200))
  router.openapi(oneRoute, async (c) => c.json(positionToView(await findMyPosition(deps.payments, await fiscalCode(c), c.req.valid('param').id)), 200))
  router.openapi(noticeRoute, async (c) => {
    const position = await findMyPosition(deps.payments, await fiscalCode(c), c.req.valid('param').id)
    if (position.status === 'annullata') throw new ApiError('conflict', 'Questo avviso è stato annullato dal Comune: non va pagato.')
    // A printed notice can be paid at any PSP: pagoPA must know it. If pagoPA is down the notice is still
    // given; "Paga ora" or the next download registers it.
    if (deps.pagopa && position.status !== 'pagata') await ensureRegistered(deps.payments, deps.pagopa, position, deps.creditor.name).catch(() => undefined)
    return downloadResponse(await paymentNoticePdf(position, deps.creditor), `avviso-${position.noticeCode}.pdf`) as never
  })
  router.openapi(receiptRoute, async (c) => {
    const position = await findMyPosition(deps.payments, await fiscalCode(c), c.req.valid('param').id)
    const receiptId = typeof position.receipt === 'object' ? position.receipt?.id : position.receipt
    const receipt = position.status === 'pagata' && receiptId ? await deps.payments.findReceiptById(receiptId) : null
    if (!receipt) throw new ApiError('not_found', 'La ricevuta non è ancora disponibile: arriva appena pagoPA conferma il pagamento.')
    return downloadResponse(await paymentReceiptPdf(position, receipt, deps.creditor), `ricevuta-${position.noticeCode}.pdf`) as never
  })
  router.openapi(payRoute, async (c) => {
    const redirectUrl = await startCheckout(deps.payments, deps.pagopa, deps.publicUrl, await fiscalCode(c), c.req.valid('param').id, deps.creditor.name)
    return c.json({ redirectUrl }, 200)
  })
  return router
}
