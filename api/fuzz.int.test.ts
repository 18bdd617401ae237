// Fuzzing (issue 19): every operation of /api/openapi.json fed generated requests, valid by its JSON
// Schemas and invalid (wrong types, missing fields, hostile strings, malformed JSON, wrong content
// types, unknown ids), as a guest and as a logged-in citizen, with and without the Origin header.
// In process through app.request: no network. Every answer must be < 500, declared by its operation,
// and match the schema declared for its status and content type.
// SPORTELLO_FUZZ_RUNS sets the number of requests (default below), SPORTELLO_FUZZ_SEED repeats a run.
import fc, { type Arbitrary } from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { isByYear, openDatasetPath, openDatasets } from '../cms/constants/openDatasets'
import { startTestPayload, type TestPayload } from '../cms/testing/testPayload'
import { startPortalWithPayments, type PortalWithPayments } from './testing/portalWithPayments'
import { startRegistryForTests, type RegistryForTests } from './testing/registryStandIn'
import { createPracticeFixtures, samplePdf } from './testing/practiceFixtures'
import {
  hostileStrings, invalidValueOf, malformedJson, operationsOf, responseValidator, valueOf,
  type FuzzedOperation, type JsonSchema, type KnownValues, type OpenApiDocument,
} from './testing/openapiFuzz'

const runs = Number(process.env.SPORTELLO_FUZZ_RUNS ?? 15_000)
const seed = Number(process.env.SPORTELLO_FUZZ_SEED ?? Date.now() % 2 ** 31)

let t: TestPayload
let portal: PortalWithPayments
let registry: RegistryForTests
let citizen: string
let draftId: number
let doc: OpenApiDocument
const known: KnownValues = { integers: [], strings: [] }

beforeAll(async () => {
  t = await startTestPayload()
  // Every optional part on, so no route answers 503 for want of it: the registry and pagoPA (stand-ins on
  // loopback) and the open data, published empty in the site folder as the build writes it.
  registry = await startRegistryForTests({ adapter: { timeoutMs: 30_000 } }) // a busy machine is not a registry down
  for (const { name: dataset } of openDatasets) {
    const file = path.join(t.dataDir, openDatasetPath(dataset))
    mkdirSync(path.dirname(file), { recursive: true })
    const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/legalcode.it', attribution: 'Comune di Brindisi' }
    writeFileSync(file, JSON.stringify({ dataset, version: 'v1', licence, ...(isByYear(dataset) ? { total: 0, years: [] } : { items: [] }) }))
  }
  portal = await startPortalWithPayments(t, { ...registry.env, SPORTELLO_MAX_OPEN_DRAFTS: '100000', SPORTELLO_UPLOAD_MB_PER_DAY: '100000', SPORTELLO_EMAIL_CONFIRMATIONS_PER_HOUR: '100000', SPORTELLO_GUEST_BOOKINGS_PER_HOUR: '1000000', SPORTELLO_OPEN311_POST: 'on' })
  citizen = (await portal.logIn('CPTGNN85C54B180W')).cookie
  const f = await createPracticeFixtures(t.payload, 'fuzz')
  const draft = await portal.app.request('/api/me/pratiche', {
    method: 'POST', headers: { cookie: citizen, origin: portal.origin, 'content-type': 'application/json' }, body: JSON.stringify({ service: f.service.slug }),
  })
  const { id } = (await draft.json()) as { id: number }
  draftId = id
  known.integers.push(id, f.service.id, f.office.id, 2 ** 31 - 1)
  known.strings.push(String(id), f.service.slug!, f.feeService.slug!, 'identity', 'CPTGNN85C54B180W')
  doc = (await (await portal.app.request('/api/openapi.json')).json()) as OpenApiDocument
}, 120_000)
afterAll(async () => {
  await portal?.close()
  await registry?.close()
  await t?.cleanup()
})

/** A generated value as a URL or form would carry it: objects (even prototype-less ones) as JSON. */
const asText = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value))

type FuzzRequest = { operation: FuzzedOperation; url: string; init: RequestInit & { headers: Record<string, string> }; as: string }

/** The requests of one operation: valid by its schemas, or with one part made invalid. */
function requestsOf(op: FuzzedOperation, pdf: Uint8Array): Arbitrary<FuzzRequest> {
  const valid = valueOf(doc, known)
  const invalid = invalidValueOf(doc, valid)
  const parameters = op.operation.parameters ?? []
  const param = (schema: JsonSchema | undefined, broken: boolean) =>
    (broken ? fc.oneof(fc.constantFrom(...hostileStrings), invalid(schema ?? {})) : valid(schema ?? {})).map(asText)
  // An empty path segment names another resource ("/verifica/" is not "/verifica/{code}"), and so do "." and "..", which
  // every URL parser removes as dot segments ("/verifica/." is "/verifica/", even written %2E): never generated.
  const pathParam = (schema: JsonSchema | undefined, broken: boolean) => param(schema, broken).filter((value) => !['', '.', '..'].includes(value))
  const values = (where: 'path' | 'query' | 'header', broken: boolean) => {
    const record: Record<string, Arbitrary<string>> = {}
    for (const p of parameters.filter((p) => p.in === where)) record[p.name] = (where === 'path' ? pathParam : param)(p.schema, broken)
    const required = parameters.filter((p) => p.in === where && (p.required || where === 'path')).map((p) => p.name)
    return fc.record(record, { requiredKeys: broken && where !== 'path' ? [] : required })
  }
  const [contentType, media] = Object.entries(op.operation.requestBody?.content ?? {})[0] ?? []
  const bodySchema = media?.schema ?? {}
  type Body = { type?: string; body?: BodyInit }
  const encode = (type: string, value: unknown): Body => {
    if (type === 'application/json') return { type, body: JSON.stringify(value) }
    const object = value && typeof value === 'object' ? (value as Record<string, unknown>) : { valore: value }
    if (type === 'multipart/form-data') {
      const form = new FormData()
      for (const [name, v] of Object.entries(object)) form.set(name, name === 'file' ? new File([Buffer.from(pdf)], 'documento.pdf', { type: 'application/pdf' }) : asText(v))
      return { body: form }
    }
    return { type, body: new URLSearchParams(Object.entries(object).map(([k, v]) => [k, asText(v)])).toString() }
  }
  const validBody: Arbitrary<Body> = contentType ? valid(bodySchema).map((v) => encode(contentType, v)) : fc.constant({})
  const invalidBody: Arbitrary<Body> = fc.oneof(
    contentType ? invalid(bodySchema).map((v) => encode(contentType, v)) : fc.constant({ type: 'application/json', body: '{}' }),
    malformedJson.map((body) => ({ type: contentType === 'multipart/form-data' ? 'multipart/form-data; boundary=x' : contentType ?? 'application/json', body })),
    fc.tuple(fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json; charset=latin1', 'bogus'), validBody)
      .map(([type, b]) => ({ type, body: typeof b.body === 'string' ? b.body : '{}' })),
    validBody.map((b) => ({ body: typeof b.body === 'string' ? b.body : undefined })),
  )
  const broken = fc.constantFrom('path', 'query', 'header', 'body', 'none')
  return fc.record({
    broken, valid: fc.boolean(),
    identity: fc.constantFrom('anonimo', 'cittadino'),
    origin: fc.constantFrom('giusta', 'assente', 'estranea'),
    accept: fc.constantFrom(undefined, 'application/json', '*/*', 'text/html'),
  }).chain(({ broken: part, valid: allValid, identity, origin, accept }) => {
    const breaks = (what: string) => !allValid && part === what
    return fc.record({
      path: values('path', breaks('path')), query: values('query', breaks('query')), header: values('header', breaks('header')),
      body: breaks('body') ? invalidBody : validBody,
    }).map(({ path, query, header, body }) => {
      const url = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent((path[name] ?? '').replace(/\p{Cs}/gu, '\ufffd')))
      const search = new URLSearchParams(Object.entries(query)).toString()
      // Header values are bytes: what a client cannot even send is left out.
      const headers: Record<string, string> = Object.fromEntries(Object.entries(header).map(([k, v]) => [k, v.replace(/[^\t\x20-\xff]/g, '?')]))
      if (identity === 'cittadino') headers.cookie = citizen
      if (origin === 'giusta') headers.origin = portal.origin
      if (origin === 'estranea') headers.origin = 'https://sito-estraneo.example'
      if (accept) headers.accept = accept
      if (body.type) headers['content-type'] = body.type
      const hasBody = !['GET', 'HEAD'].includes(op.method) && body.body !== undefined
      return {
        operation: op, url: search ? `${url}?${search}` : url, as: `${identity}, origine ${origin}${allValid ? '' : `, ${part} non valido`}`,
        init: { method: op.method, headers, ...(hasBody ? { body: body.body } : {}) },
      }
    })
  })
}

type Finding = { operation: string; status: number; problem: string; request: string }

/** What is wrong with a response, if anything: a 5xx, an undeclared status, a body against its schema. */
async function check(request: FuzzRequest, res: Response, validate: ReturnType<typeof responseValidator>): Promise<Finding | null> {
  const { method, path, operation } = request.operation
  const finding = (problem: string): Finding => ({ operation: `${method} ${path}`, status: res.status, problem, request: `${request.as}: ${request.init.method} ${request.url.slice(0, 200)}` })
  const text = await res.text()
  if (res.status >= 500) return finding(`risposta ${res.status}: ${text.slice(0, 200)}`)
  const declared = operation.responses[String(res.status)] ?? operation.responses.default
  if (!declared) return finding('stato non dichiarato')
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim()
  const schema = declared.content?.[type]?.schema
  if (!schema || type !== 'application/json' && !type.endsWith('+json')) return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return finding('corpo JSON non valido')
  }
  const validator = validate(schema)
  return validator(body) ? null : finding(`corpo fuori schema: ${JSON.stringify(validator.errors?.slice(0, 2))}`)
}

describe('contract findings of the fuzzer, kept as regressions', () => {
  it('certificates before an administrator names the issuing office: an Italian 503, never a 500', async () => {
    const res = await portal.app.request('/api/me/certificati/opzioni', { headers: { cookie: citizen } })
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('l’ufficio che li rilascia')
  })

  it('an Open311 address its patterns refuse answers the spec’s 404 error list, in JSON or XML', async () => {
    const json = await portal.app.request('/api/open311/v2/services/%2F.json')
    expect([json.status, await json.json()]).toEqual([404, [{ code: 404, description: 'La risorsa richiesta non esiste.' }]])
    const xml = await portal.app.request('/api/open311/v2/requests/%C3%A9.xml')
    expect([xml.status, await xml.text()]).toEqual([404, expect.stringContaining('<errors>')])
  })

  it('an Open311 post whose body is not the form it claims (multipart without boundary) is the spec’s 400, not a 500', async () => {
    const res = await portal.app.request('/api/open311/v2/requests.json', { method: 'POST', headers: { 'content-type': 'multipart/form-data' }, body: 'service_code=buche' })
    expect([res.status, await res.json()]).toEqual([400, [{ code: 400, description: 'Il corpo della richiesta non è un modulo leggibile.' }]])
  })

  it('ids past PostgreSQL’s integer are refused in Italian (422), the largest one is just unknown (404): never a database error', async () => {
    for (const path of ['/api/me/pratiche/', '/api/me/pagamenti/', '/api/me/certificati/', '/api/me/appuntamenti/']) {
      const [past, largest] = await Promise.all([2 ** 31, 2 ** 31 - 1].map((id) => portal.app.request(`${path}${id}`, { headers: { cookie: citizen } })))
      expect([past!.status, largest!.status], path).toEqual([422, 404])
    }
    const res = await portal.app.request('/api/me/notifiche-push/2147483647', { method: 'DELETE', headers: { cookie: citizen, origin: portal.origin } })
    expect(res.status).toBe(404)
    const send = (method: string, path: string, body: unknown) =>
      portal.app.request(path, { method, headers: { cookie: citizen, origin: portal.origin, 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const huge = 2 ** 31
    const booking = await send('POST', '/api/appuntamenti/prenotazioni', { calendarId: huge, start: '2030-01-07T09:00:00.000Z', privacy: true })
    expect(booking.status).toBeLessThan(500)
    const id = draftId
    expect((await send('PUT', `/api/me/pratiche/${id}`, { version: huge, data: {} })).status).toBeLessThan(500)
    expect((await send('POST', `/api/me/pratiche/${id}/invio`, { version: huge })).status).toBeLessThan(500)
  })

  it('declares the answers the middleware gives: origin check, body, validation and rate limits', () => {
    const responses = (path: string, method: string) => Object.keys(doc.paths[path]![method]!.responses)
    expect(responses('/api/me/pratiche/{id}', 'put')).toEqual(expect.arrayContaining(['400', '403', '413', '415', '422']))
    expect(responses('/api/me/pratiche/{id}', 'get')).toEqual(expect.arrayContaining(['422']))
    expect(responses('/api/me/pratiche/{id}', 'get')).not.toContain('403')
    expect(responses('/api/feedback', 'post')).toEqual(expect.arrayContaining(['403', '415', '429']))
    expect(responses('/api/open311/v2/requests.json', 'post')).toEqual(expect.arrayContaining(['413', '429']))
    expect(responses('/api/open311/v2/requests.json', 'post')).not.toContain('403')
  })

  it('a draft changed elsewhere, or an application already presented, answers the 409 each route declares', async () => {
    const res = await portal.app.request(`/api/me/pratiche/${draftId}/invio`, {
      method: 'POST', headers: { cookie: citizen, origin: portal.origin, 'content-type': 'application/json' }, body: JSON.stringify({ version: 987_654 }),
    })
    expect(res.status).toBe(409)
    const responses = (path: string, method: string) => Object.keys(doc.paths[path]![method]!.responses)
    for (const [path, method] of [['/api/me/pratiche/{id}/invio', 'post'], ['/api/me/pratiche/{id}', 'delete'], ['/api/me/pratiche/{id}/allegati', 'post'], ['/api/me/pratiche/{id}/allegati/{attachmentId}', 'delete']] as const) {
      expect(responses(path, method), `${method} ${path}`).toContain('409')
    }
  })

  it('the reports’ GeoJSON export matches the FeatureCollection schema the document declares for it', async () => {
    const res = await portal.app.request('/api/segnalazioni.geojson')
    const validate = responseValidator(doc)(doc.paths['/api/segnalazioni.geojson']!.get!.responses['200']!.content!['application/geo+json']!.schema!)
    expect([res.status, validate(await res.json()), validate('una stringa')]).toEqual([200, true, false])
  })
})

describe('fuzzing of every route of /api/openapi.json', () => {
  beforeAll(async () => {
    const office = await t.payload.create({ collection: 'offices', data: { title: 'Ufficio Anagrafe', slug: 'anagrafe-fuzz', type: 'ufficio', summary: 'Anagrafe', _status: 'published' } as never })
    await t.payload.updateGlobal({ slug: 'certificate-settings', data: { office: office.id } })
  })

  it(`answers ${runs} generated requests with no 5xx, only declared statuses and bodies matching their schemas`, async () => {
    console.log(`[fuzz] seme ${seed}, ${runs} richieste (SPORTELLO_FUZZ_SEED=${seed} per ripeterle)`)
    const pdf = await samplePdf()
    const validate = responseValidator(doc)
    const operations = operationsOf(doc)
    expect(operations.length).toBeGreaterThan(50)
    const requests = fc.oneof(...operations.map((op) => requestsOf(op, pdf)))
    const findings = new Map<string, Finding>()
    const statuses = new Map<number, number>()
    const started = Date.now()
    let sent = 0
    await fc.assert(fc.asyncProperty(requests, async (request) => {
      const res = await portal.app.request(request.url, request.init)
      sent++
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      const finding = await check(request, res, validate)
      if (finding) findings.set(`${finding.operation} ${finding.status} ${finding.problem.slice(0, 60)}`, finding)
    }), { numRuns: runs, seed, endOnFailure: true })
    console.log(`[fuzz] ${sent} richieste in ${((Date.now() - started) / 1000).toFixed(1)} s, stati: ${JSON.stringify(Object.fromEntries(statuses))}`)
    for (const finding of findings.values()) console.log('[fuzz]', JSON.stringify(finding))
    expect([...findings.values()]).toEqual([])
  }, 30 * 60_000)
})
