import { createHash } from 'node:crypto'

import type { Context } from 'hono'
import { z } from '@hono/zod-openapi'

import { isReportRefused } from '../../cms/reports/refusal'
import { open311Schemas as s } from '../contract/open311'
import { ApiError } from '../errors'
import { errorResponse, newRouter } from '../openapi'
import type { Open311ServiceApi } from '../services/open311'
import { open311Xml } from '../services/open311Xml'
import { licenceLink } from '../services/reportExports'
import { variantRequestOf, variantResponse } from '../static/variantResponse'
import { publicShortCache } from './reports'
import { refusalStatus } from './reportRefusals'

type Format = 'json' | 'xml'
/** Reports one client address may send through Open311 in an hour (each also waits for its email's confirmation). */
export const open311PostsPerHour = 20
const base = '/open311/v2'
const tags = ['Open311 GeoReport v2']
const types: Record<Format, string> = { json: 'application/json; charset=utf-8', xml: 'text/xml; charset=utf-8' }

/** A document in the format asked, with the spec's root element for XML; public lists may be cached briefly. */
function document(c: Context, format: Format, root: string, value: unknown, status = 200, cache = publicShortCache): Response {
  const text = format === 'json' ? JSON.stringify(value) : open311Xml(root, value)
  if (status !== 200) return new Response(text, { status, headers: { 'content-type': types[format], 'cache-control': 'no-store' } })
  const etag = `"o-${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`
  return variantResponse({ body: Buffer.from(text), contentType: types[format], etag }, variantRequestOf(c), cache, { Link: licenceLink, 'Access-Control-Allow-Origin': '*' })
}

/** Any failure in the spec's error format: [{code, description}] in Italian, 404 / 403 / 400 as the spec asks. */
function failure(c: Context, format: Format, error: unknown): Response {
  let status = 400
  let description = 'Richiesta non valida.'
  if (error instanceof ApiError) [status, description] = [error.status === 404 || error.status === 403 ? error.status : 400, fieldsOf(error) ?? error.message]
  else if (isReportRefused(error)) [status, description] = [refusalStatus(error) === 404 ? 404 : 400, error.message]
  else {
    console.error('[open311] errore imprevisto', error)
    ;[status, description] = [500, 'Si è verificato un errore imprevisto. Riprova più tardi.']
  }
  return document(c, format, 'errors', [{ code: status, description }], status)
}
const fieldsOf = (error: ApiError) => (error.fields.length ? error.fields.map((f) => `${f.field}: ${f.message}`).join(' ') : null)

/** A body that does not parse as the form it claims to be (a multipart without boundary, say): the spec's 400. */
const unreadableForm = (): never => {
  throw new ApiError('bad_request', 'Il corpo della richiesta non è un modulo leggibile.')
}

/** Reads and checks arguments with a spec schema; a bad one is a 400 naming it. */
function parsed<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value)
  if (!result.success) throw new ApiError('bad_request', undefined, result.error.issues.map((i) => ({ field: i.path.join('.') || 'richiesta', message: i.message })))
  return result.data
}

/**
 * /api/open311/v2/*: Open311 GeoReport v2 (discovery, services, service definitions, requests, one
 * request; POST requests when SPORTELLO_OPEN311_POST=on), in JSON and XML. Plain routes because the
 * format is the path's suffix; each is described in the OpenAPI document by hand.
 */
export function open311Routes(open311: Open311ServiceApi) {
  const router = newRouter()
  const describe = (method: 'get' | 'post', path: string, summary: string, schema: z.ZodType, extra: Record<string, unknown> = {}) =>
    router.openAPIRegistry.registerPath({
      method, path: `${base}${path}.json`, tags, summary, ...extra,
      responses: {
        ...(extra.responses as object | undefined),
        200: { description: 'JSON (anche in XML con .xml)', content: { 'application/json': { schema } } },
        400: { description: 'Richiesta non valida', content: { 'application/json': { schema: s.errors } } },
        404: { description: 'Non trovato', content: { 'application/json': { schema: s.errors } } },
      },
    })
  const on = (method: 'get' | 'post', pattern: (format: Format) => string, root: string, run: (c: Context, format: Format) => Promise<unknown>) => {
    for (const format of ['json', 'xml'] as const) {
      router[method](`${base}${pattern(format)}`, async (c) => {
        try {
          return document(c, format, root, await run(c, format), 200, method === 'post' ? 'no-store' : publicShortCache)
        } catch (error) {
          return failure(c, format, error)
        }
      })
    }
  }
  const param = (c: Context, name: string, format: Format) => c.req.param(name)!.slice(0, -(format.length + 1))

  describe('get', '/discovery', 'Service Discovery', s.discovery)
  on('get', (f) => `/discovery.${f}`, 'discovery', () => open311.discovery())
  describe('get', '/services', 'Servizi (categorie di segnalazione)', s.services)
  on('get', (f) => `/services.${f}`, 'services', () => open311.services())
  describe('get', '/services/{service_code}', 'Definizione di un servizio', s.serviceDefinition, { request: { params: z.object({ service_code: z.string().regex(/^[a-z0-9-]{1,60}$/) }) } })
  on('get', (f) => `/services/:code{[a-z0-9-]{1,60}\\.${f}}`, 'service_definition', (c, f) => open311.definition(param(c, 'code', f)))
  describe('get', '/requests', 'Segnalazioni pubbliche (al massimo 1000, ultimi 90 giorni se non si indicano date)', s.requests, { request: { query: s.requestsQuery } })
  on('get', (f) => `/requests.${f}`, 'service_requests', (c) => open311.requests(parsed(s.requestsQuery, c.req.query())))
  describe('get', '/requests/{service_request_id}', 'Una segnalazione pubblica', s.requests, { request: { params: z.object({ service_request_id: z.string().regex(/^[A-Za-z0-9-]{4,40}$/) }) } })
  on('get', (f) => `/requests/:code{[A-Za-z0-9-]{4,40}\\.${f}}`, 'service_requests', (c, f) => open311.request(param(c, 'code', f)))
  describe('post', '/requests', 'Invia una segnalazione (se attivo; pubblicata dopo la conferma dell’email)', s.created, {
    request: { body: { content: { 'application/x-www-form-urlencoded': { schema: s.postRequest } } } },
    responses: { 429: errorResponse(`Più di ${open311PostsPerHour} invii in un’ora dallo stesso indirizzo (Retry-After)`) },
  })
  on('post', (f) => `/requests.${f}`, 'service_requests', async (c) => open311.create(parsed(s.postRequest, await c.req.parseBody().catch(unreadableForm))))
  // Any other address under the base (a code the patterns refuse, an unknown document): the spec's 404.
  router.all(`${base}/*`, (c) => failure(c, c.req.path.endsWith('.xml') ? 'xml' : 'json', new ApiError('not_found')))
  return router
}
