import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { NewReport } from '../../cms/reports/contract'
import { ReportRefused } from '../../cms/reports/refusal'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { open311Schemas as spec } from '../contract/open311'
import { privateWords, startPublicReportsWorld, type PublicReportsWorld } from '../testing/publicReports'

let t: TestPayload
let w: PublicReportsWorld
/** The same portal with Open311 posting off (the default). */
let closed: ReturnType<typeof createApp>
const sent: NewReport[] = []

beforeAll(async () => {
  t = await startTestPayload()
  w = await startPublicReportsWorld(t, { SPORTELLO_OPEN311_POST: 'on' }, {
    create: async (input) => {
      if (input.categorySlug === 'inesistente') throw new ReportRefused('not-found', 'La categoria scelta non esiste.')
      sent.push(input)
      return { id: 1, code: 'SEG-2026-000777', pendingEmail: true }
    },
  })
  closed = createApp({ config: loadConfig({ SPORTELLO_SITE_DIR: t.dataDir, SPORTELLO_PUBLIC_URL: 'http://localhost:3000', SPORTELLO_MAP_TILES: 'off' }), payload: t.payload })
}, 120_000)
afterAll(async () => t?.cleanup())

const base = '/api/open311/v2'
const get = async (path: string, app = w.app) => {
  const res = await app.request(`${base}${path}`)
  return { status: res.status, type: res.headers.get('content-type'), body: path.includes('.xml') ? await res.text() : await res.json(), headers: res.headers }
}
const post = (form: Record<string, string>, app = w.app) =>
  app.request(`${base}/requests.json`, { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://altra-app.example' } })

describe('Open311 GeoReport v2', () => {
  it('describes itself in the service discovery format', async () => {
    const { status, body } = await get('/discovery.json')
    expect(status).toBe(200)
    const discovery = spec.discovery.parse(body)
    expect(discovery.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', url: 'http://localhost:3000/api/open311/v2', type: 'test', formats: ['application/json', 'text/xml'] })
  })

  it('lists the active categories as services, each with its office as group', async () => {
    const { body } = await get('/services.json')
    const services = spec.services.parse(body)
    expect(services.map((s) => s.service_code)).toEqual(['strade', 'illuminazione', 'altro'])
    expect(services[1]).toMatchObject({ service_name: 'Illuminazione pubblica', metadata: false, type: 'realtime', group: 'Ufficio Lavori pubblici e manutenzioni' })
    expect(spec.serviceDefinition.parse((await get('/services/strade.json')).body)).toEqual({ service_code: 'strade', attributes: [] })
  })

  it('lists public requests with the specification’s fields only, and nothing personal or unmoderated', async () => {
    const res = await w.app.request(`${base}/requests.json`)
    const raw = await res.text()
    for (const word of privateWords) expect(raw, word).not.toContain(word)
    const requests = spec.requests.parse(JSON.parse(raw))
    const byId = new Map(requests.map((r) => [r.service_request_id, r]))
    expect(byId.has(w.r.unconfirmed.code)).toBe(false)
    expect(byId.get(w.r.approved.code)).toMatchObject({
      status: 'open', service_code: 'illuminazione', description: 'Il lampione al civico 10 è spento.', agency_responsible: 'Ufficio Lavori pubblici e manutenzioni',
      address: 'Corso Garibaldi 10, Centro, Comune di Brindisi', lat: 40.6372, long: 17.9432, media_url: `http://localhost:3000/api/segnalazioni/${w.r.approved.code}/foto/1`,
    })
    expect(byId.get(w.r.pending.code)).toMatchObject({ status: 'open', description: null, media_url: null })
    expect(byId.get(w.r.solved.code)).toMatchObject({ status: 'closed', status_notes: 'Sostituita la lampada.' })
    expect(byId.get(w.r.merged.code)).toMatchObject({ status: 'closed', status_notes: `Unita alla segnalazione ${w.r.survivor.code}.` })
    expect(res.headers.get('link')).toContain('rel="license"')
  })

  it('filters by service_request_id (overriding the rest), service_code, status and dates', async () => {
    const ids = (body: unknown) => spec.requests.parse(body).map((r) => r.service_request_id).sort()
    expect(ids((await get(`/requests.json?service_request_id=${w.r.approved.code},${w.r.unconfirmed.code}&status=closed`)).body)).toEqual([w.r.approved.code])
    expect(ids((await get('/requests.json?service_code=strade')).body)).toEqual([w.r.pending.code, w.r.survivor.code].sort())
    expect(ids((await get('/requests.json?status=closed&service_code=illuminazione')).body)).toEqual([w.r.merged.code, w.r.solved.code].sort())
    expect(ids((await get('/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00%2B01:00')).body)).toEqual([])
    const now = new Date()
    const recent = await get(`/requests.json?start_date=${encodeURIComponent(new Date(now.getTime() - 86_400_000).toISOString())}`)
    expect(ids(recent.body)).toContain(w.r.approved.code)
  })

  it('gives one request, and answers in the specification’s error format in Italian', async () => {
    expect(spec.requests.parse((await get(`/requests/${w.r.pending.code}.json`)).body)).toHaveLength(1)
    const cases = [
      [`/requests/${w.r.unconfirmed.code}.json`, 404],
      ['/services/inesistente.json', 404],
      ['/requests.json?status=aperta', 400],
      ['/requests.json?start_date=ieri', 400],
      ['/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z', 400],
    ] as const
    for (const [path, status] of cases) {
      const res = await get(path)
      expect(res.status, path).toBe(status)
      const [error] = spec.errors.parse(res.body)
      expect(error!.code, path).toBe(status)
      expect(error!.description, path).toMatch(/[àèéìòù]|inesistente|non valid|giorni|start_date/)
    }
  })

  it('answers in XML too, with the specification’s element names', async () => {
    const { status, type, body } = await get(`/requests/${w.r.approved.code}.xml`)
    expect(status).toBe(200)
    expect(type).toBe('text/xml; charset=utf-8')
    expect(body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<service_requests><request><service_request_id>SEG-/)
    expect(body).toContain('<status>open</status>')
    expect(body).toContain('<service_notice/>')
    expect((await get('/services.xml')).body).toContain('<services><service><service_code>strade</service_code>')
    expect((await get('/requests.xml?status=x')).body).toContain('<errors><error><code>400</code>')
  })

  it('takes a report from another application as a guest report of channel open311, waiting for its email', async () => {
    const res = await post({ service_code: 'illuminazione', lat: '40.6372', long: '17.9432', email: 'luca.bianchi@example.org', first_name: 'Luca', last_name: 'Bianchi', description: 'Lampione spento\nDa tre giorni.' })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const [created] = spec.created.parse(await res.json())
    expect(created!.service_request_id).toBe('SEG-2026-000777')
    expect(sent.at(-1)).toMatchObject({
      categorySlug: 'illuminazione', title: 'Lampione spento', description: 'Lampione spento\nDa tre giorni.', channel: 'open311', photos: [],
      place: { latitude: 40.6372, longitude: 17.9432, source: 'mappa' }, reporter: { kind: 'guest', name: 'Luca Bianchi', email: 'luca.bianchi@example.org' },
    })
  })

  it('refuses a post without email or place, for a category that does not exist, and when posting is off', async () => {
    const cases = [
      [{ service_code: 'illuminazione', lat: '40.6', long: '17.9' }, 400, w.app],
      [{ service_code: 'illuminazione', lat: '40.6', long: '17.9', email: 'non-una-email' }, 400, w.app],
      [{ service_code: 'illuminazione', email: 'a@example.org' }, 400, w.app],
      [{ service_code: 'inesistente', lat: '40.6', long: '17.9', email: 'a@example.org' }, 404, w.app],
      [{ service_code: 'illuminazione', lat: '40.6', long: '17.9', email: 'a@example.org' }, 403, closed],
    ] as const
    for (const [form, status, app] of cases) {
      const res = await post(form as Record<string, string>, app)
      expect(res.status, JSON.stringify(form)).toBe(status)
      spec.errors.parse(await res.json())
    }
  })
})
