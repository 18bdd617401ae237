import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'

import { requireCitizen } from '../auth/citizenSession'
import { certificateSchemas as s } from '../contract/certificates'
import type { CertificateStore } from '../data/certificates'
import type { CitizenStore } from '../data/citizens'
import { ApiError } from '../errors'
import { downloadResponse } from '../download'
import { requireJsonBody } from '../middleware/personal'
import { errorResponse, jsonResponse, newRouter, type AppEnv } from '../openapi'
import { verifyCertificate, type CertificateService, type Requester } from '../services/certificates'

/** What the certificate routes need. */
export type CertificateRoutesDeps = { citizens: CitizenStore; certificates: CertificateService; store: CertificateStore }

const tags = ['I miei certificati']
const pdf = { description: 'PDF', content: { 'application/pdf': { schema: s.pdf } } }
const unavailable = { 503: errorResponse('Anagrafe nazionale o sigillo non disponibili') }

const optionsRoute = createRoute({
  method: 'get', path: '/me/certificati/opzioni', tags, summary: 'Chi, quali certificati, quali esenzioni e quanto costano', middleware: [requireCitizen] as const,
  responses: { 200: jsonResponse(s.options, 'Opzioni della richiesta'), 401: errorResponse('Non autenticato'), 422: errorResponse('Non residente'), ...unavailable },
})
const requestRoute = createRoute({
  method: 'post', path: '/me/certificati', tags, summary: 'Richiedi un certificato anagrafico (emesso subito se esente, altrimenti da pagare con pagoPA)', middleware: [requireCitizen, requireJsonBody] as const,
  request: { body: { required: true, content: { 'application/json': { schema: s.request } } } },
  responses: {
    200: jsonResponse(s.certificate, 'Richiesta già ricevuta con questa chiave'), 201: jsonResponse(s.certificate, 'Certificato richiesto'),
    401: errorResponse('Non autenticato'), 409: errorResponse('Chiave della richiesta già usata'), 422: errorResponse('Richiesta non ammessa'), ...unavailable,
  },
})
const listRoute = createRoute({
  method: 'get', path: '/me/certificati', tags, summary: 'I miei certificati, dal più recente', middleware: [requireCitizen] as const,
  responses: { 200: jsonResponse(s.list, 'Certificati richiesti'), 401: errorResponse('Non autenticato') },
})
const selfDeclarationRoute = createRoute({
  method: 'get', path: '/me/certificati/autocertificazione.pdf', tags, summary: 'Dichiarazione sostitutiva di certificazione precompilata (DPR 445/2000)', middleware: [requireCitizen] as const,
  request: { query: s.selfDeclarationQuery },
  responses: { 200: pdf, 401: errorResponse('Non autenticato'), 422: errorResponse('Persona non della famiglia'), ...unavailable },
})
const oneRoute = createRoute({
  method: 'get', path: '/me/certificati/{id}', tags, summary: 'Un certificato (emesso qui se il pagamento è arrivato)', middleware: [requireCitizen] as const, request: { params: s.idParam },
  responses: { 200: jsonResponse(s.certificate, 'Il certificato'), 401: errorResponse('Non autenticato'), 404: errorResponse('Non trovato'), ...unavailable },
})
const fileRoute = createRoute({
  method: 'get', path: '/me/certificati/{id}/certificato.pdf', tags, summary: 'Il certificato con sigillo elettronico (PDF)', middleware: [requireCitizen] as const, request: { params: s.idParam },
  responses: { 200: pdf, 401: errorResponse('Non autenticato'), 404: errorResponse('Non trovato o non ancora emesso'), 409: errorResponse('Revocato') },
})
const verifyRoute = createRoute({
  method: 'get', path: '/certificati/verifica/{code}', tags: ['Verifica dei certificati'], summary: 'Verifica pubblica di un certificato dal suo codice', request: { params: s.codeParam },
  responses: { 200: jsonResponse(s.verification, 'Certificato emesso o revocato'), 404: jsonResponse(s.verification, 'Nessun certificato con questo codice') },
})

/** /api/me/certificati*: the citizen's certificates and self-declarations; /api/certificati/verifica/{code}: the public check. */
export function certificateRoutes(deps: CertificateRoutesDeps) {
  const router = newRouter()
  const requester = async (c: Context<AppEnv>): Promise<Requester> => {
    const found = await deps.citizens.findById(c.get('session')!.citizenId)
    if (!found) throw new ApiError('unauthenticated')
    return { fiscalCode: found.fiscalCode, name: `${found.givenName} ${found.familyName}` }
  }

  router.openapi(optionsRoute, async (c) => c.json(await deps.certificates.options(await requester(c)), 200))
  router.openapi(requestRoute, async (c) => {
    const { certificate, created } = await deps.certificates.request(await requester(c), c.req.valid('json'))
    return created ? c.json(certificate, 201) : c.json(certificate, 200)
  })
  router.openapi(listRoute, async (c) => c.json({ certificates: await deps.certificates.list(await requester(c)) }, 200))
  router.openapi(selfDeclarationRoute, async (c) => {
    const { tipo, cf } = c.req.valid('query')
    const { bytes, filename } = await deps.certificates.selfDeclaration(await requester(c), tipo, cf)
    return downloadResponse(bytes, filename) as never
  })
  router.openapi(oneRoute, async (c) => c.json(await deps.certificates.one(await requester(c), c.req.valid('param').id), 200))
  router.openapi(fileRoute, async (c) => {
    const { bytes, filename } = await deps.certificates.file(await requester(c), c.req.valid('param').id)
    return downloadResponse(bytes, filename) as never
  })
  router.openapi(verifyRoute, async (c) => {
    const verification = await verifyCertificate(deps.store, c.req.valid('param').code)
    c.header('Cache-Control', 'no-store')
    return verification.outcome === 'sconosciuto' ? c.json(verification, 404) : c.json(verification, 200)
  })
  return router
}
