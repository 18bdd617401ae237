import { brotliDecompressSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Report } from '../../cms/payload-types'
import { insertReport, seedReportBasics, type ReportBasics } from '../../cms/reports/testFixtures'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { createApp } from '../app'
import { loadConfig } from '../config'
import type { PublicReportBody, PublicReportPageBody, ReportMarkersBody } from '../contract/reports'
import type { ReportCore } from '../data/reportsCore'

// What must never leave the portal: the reporter, unmoderated words, internal notes, unconfirmed reports.
const secrets = ['Maria Rossi', 'maria.rossi@example.org', 'TITOLO-DA-MODERARE', 'TESTO-DA-MODERARE', 'DESCRIZIONE-PRIVATA', 'NOTA-INTERNA', 'NON-CONFERMATA', 'NASCOSTA-OFFENSIVA']
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9])

let t: TestPayload
let basics: ReportBasics
let app: ReturnType<typeof createApp>
const r: Record<'approved' | 'pending' | 'unconfirmed' | 'merged' | 'survivor' | 'hidden' | 'solved', Report> = {} as never
const photoIds = new Map<number, Buffer>()
const core: ReportCore = { nearby: async () => [], searchStreets: async () => [], readPhoto: async (id) => photoIds.get(id) ?? null }

const photo = async (report: Report, position: number, moderation: 'approvata' | 'in-attesa' | 'nascosta') => {
  const row = await t.payload.create({ collection: 'report-photos', overrideAccess: true, data: { report: report.id, office: basics.offices.works as number, position, storedName: `${report.code}-${position}.jpg`, width: 800, height: 600, bytes: jpeg.length, sha256: 'x', moderation } })
  photoIds.set(row.id, jpeg)
}
const event = (report: Report, kind: 'risposta' | 'nota' | 'stato', text: string, isPublic: boolean, status?: Report['status']) =>
  t.payload.create({ collection: 'report-events', overrideAccess: true, data: { report: report.id, office: basics.offices.works as number, kind, text, public: isPublic, status, actorLabel: 'Operatore di prova' } })

beforeAll(async () => {
  t = await startTestPayload()
  basics = await seedReportBasics(t.payload)
  app = createApp({ config: loadConfig({ SPORTELLO_SITE_DIR: t.dataDir, SPORTELLO_PUBLIC_URL: 'http://localhost:3000', SPORTELLO_MAP_TILES: 'off' }), payload: t.payload, reportCore: core })
  const hidden = { description: 'DESCRIZIONE-PRIVATA del cittadino' }
  r.approved = await insertReport(t.payload, basics, { ...hidden, title: 'Lampione spento in Corso Garibaldi', publicText: 'Il lampione al civico 10 è spento.' })
  r.pending = await insertReport(t.payload, basics, { ...hidden, title: 'TITOLO-DA-MODERARE', publicText: 'TESTO-DA-MODERARE', moderation: 'in-attesa', category: basics.categories.strade as number, area: "Sant'Elia", status: 'in-lavorazione' })
  r.unconfirmed = await insertReport(t.payload, basics, { ...hidden, title: 'NON-CONFERMATA', publicText: 'NON-CONFERMATA', status: 'da-confermare', confirmedAt: null })
  r.survivor = await insertReport(t.payload, basics, { ...hidden, title: 'Buca in via Appia', area: "Sant'Elia", category: basics.categories.strade as number })
  r.merged = await insertReport(t.payload, basics, { ...hidden, title: 'Buca doppia', status: 'chiusa', closeReason: 'duplicata', mergedInto: r.survivor.id })
  r.hidden = await insertReport(t.payload, basics, { ...hidden, title: 'NASCOSTA-OFFENSIVA', publicText: 'NASCOSTA-OFFENSIVA', moderation: 'nascosta', category: basics.categories.altro as number, office: basics.offices.urp as number })
  r.solved = await insertReport(t.payload, basics, { ...hidden, title: 'Lampione riparato', status: 'risolta', publicAnswer: 'Sostituita la lampada.' })
  await photo(r.approved, 1, 'approvata')
  await photo(r.approved, 2, 'in-attesa')
  await photo(r.unconfirmed, 1, 'approvata')
  await photo(r.hidden, 1, 'approvata')
  await event(r.approved, 'risposta', 'Intervento programmato per lunedì.', true)
  await event(r.approved, 'nota', 'NOTA-INTERNA: chiamare la ditta', false)
  await event(r.approved, 'nota', 'NOTA-INTERNA segnata pubblica per errore', true)
}, 120_000)
afterAll(async () => t?.cleanup())

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers })
const json = async <T>(path: string) => {
  const res = await get(path)
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}
const markersOf = async (query = '') => json<ReportMarkersBody>(`/api/segnalazioni${query}`)
const codesOf = (body: ReportMarkersBody) => body.markers.map((m) => m[0])

/** Every public answer, raw, for the "nothing personal, nothing unmoderated" check. */
export async function everyPublicBody(paths: string[]): Promise<string> {
  const bodies = await Promise.all(paths.map(async (path) => `${path}\n${await (await get(path)).text()}`))
  return bodies.join('\n')
}

describe('what the public sees of a report', () => {
  it('never shows the reporter, unmoderated words, internal notes or unconfirmed reports in any public answer', async () => {
    const paths = ['/api/segnalazioni', '/api/segnalazioni/elenco', '/api/segnalazioni/categorie', ...Object.values(r).map((report) => `/api/segnalazioni/${report.code}`)]
    const all = await everyPublicBody(paths)
    for (const secret of secrets) expect(all, secret).not.toContain(secret)
  })

  it('shows an approved report with its moderated text, its approved photos only and its public answers, oldest first', async () => {
    const body = await json<PublicReportBody>(`/api/segnalazioni/${r.approved.code}`)
    expect(body).toMatchObject({ code: r.approved.code, status: 'ricevuta', statusLabel: 'Ricevuta', title: 'Lampione spento in Corso Garibaldi', text: 'Il lampione al civico 10 è spento.', category: { slug: 'illuminazione' }, office: { title: 'Ufficio Lavori pubblici e manutenzioni' } })
    expect(body.photos).toEqual([{ position: 1, url: `/api/segnalazioni/${r.approved.code}/foto/1`, width: 800, height: 600 }])
    expect(body.updates.map((u) => u.text)).toEqual(['Intervento programmato per lunedì.'])
  })

  it('shows a report waiting for moderation under its category’s name, without text', async () => {
    const body = await json<PublicReportBody>(`/api/segnalazioni/${r.pending.code}`)
    expect(body).toMatchObject({ title: 'Strade e marciapiedi', text: null, status: 'in-lavorazione', area: "Sant'Elia" })
  })

  it('answers 404 for a report whose email is not confirmed yet, and for a code that does not exist', async () => {
    for (const code of [r.unconfirmed.code, 'SEG-2026-999999']) {
      const res = await get(`/api/segnalazioni/${code}`)
      expect(res.status).toBe(404)
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Segnalazione non trovata: controlla il codice.')
    }
  })

  it('points a merged report to the one that survives', async () => {
    const body = await json<PublicReportBody>(`/api/segnalazioni/${r.merged.code}`)
    expect(body).toMatchObject({ status: 'chiusa', closeReason: 'duplicata', closeReasonLabel: 'Duplicata di un’altra segnalazione', mergedInto: r.survivor.code })
  })

  it('serves an approved photo as a JPEG that is never sniffed, and no other photo', async () => {
    const res = await get(`/api/segnalazioni/${r.approved.code}/foto/1`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await res.arrayBuffer())).toEqual(jpeg)
    for (const path of [`/api/segnalazioni/${r.approved.code}/foto/2`, `/api/segnalazioni/${r.approved.code}/foto/3`, `/api/segnalazioni/${r.unconfirmed.code}/foto/1`, `/api/segnalazioni/${r.hidden.code}/foto/1`]) {
      expect((await get(path)).status, path).toBe(404)
    }
    expect((await get(`/api/segnalazioni/${r.approved.code}/foto/9`)).status).toBe(422)
  })
})

describe('the public map', () => {
  it('lists public, unmerged reports as compact tuples, with category and status tables', async () => {
    const body = await markersOf()
    expect(codesOf(body).sort()).toEqual([r.approved, r.pending, r.survivor, r.hidden, r.solved].map((x) => x.code).sort())
    const pending = body.markers.find((m) => m[0] === r.pending.code)!
    expect(body.categories[pending[3]]!.slug).toBe('strade')
    expect(body.statuses[pending[4]]!.value).toBe('in-lavorazione')
    expect(pending[5]).toBe('Strade e marciapiedi')
    expect(pending[6]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('answers 304 to a client that has the current version, and a new ETag once a report changes', async () => {
    const first = await get('/api/segnalazioni')
    const etag = first.headers.get('etag')!
    expect(first.headers.get('cache-control')).toBe('public, max-age=30, must-revalidate')
    const again = await get('/api/segnalazioni', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    await t.payload.update({ collection: 'reports', id: r.solved.id, data: { status: 'chiusa', closeReason: 'altro' }, overrideAccess: true })
    const changed = await get('/api/segnalazioni', { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  it('sends Brotli to clients that take it, with its own ETag', async () => {
    const res = await get('/api/segnalazioni', { 'accept-encoding': 'gzip, br' })
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('etag')).toMatch(/-br"$/)
    const body = JSON.parse(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString('utf8')) as ReportMarkersBody
    expect(body.markers.length).toBeGreaterThan(0)
  })

  it('filters by category, status, area and period', async () => {
    expect(codesOf(await markersOf('?categoria=strade'))).toEqual([r.survivor.code, r.pending.code])
    expect(codesOf(await markersOf('?stato=in-lavorazione'))).toEqual([r.pending.code])
    expect(codesOf(await markersOf(`?zona=${encodeURIComponent("Sant'Elia")}`)).sort()).toEqual([r.pending.code, r.survivor.code].sort())
    expect(codesOf(await markersOf('?categoria=illuminazione,altro&stato=ricevuta'))).toContain(r.approved.code)
    expect(codesOf(await markersOf('?categoria=inesistente'))).toEqual([])
    expect(codesOf(await markersOf('?al=2020-01-01'))).toEqual([])
    expect((await markersOf('?dal=2020-01-01')).markers.length).toBe(5)
  })

  it('refuses bad filters with Italian messages, never a 500', async () => {
    for (const [query, field] of [['?stato=da-confermare', 'stato'], ['?dal=2026-02-30', 'dal'], ['?dal=2026-05-02&al=2026-05-01', 'al'], ['?categoria=Strade!', 'categoria']] as const) {
      const res = await get(`/api/segnalazioni${query}`)
      expect(res.status, query).toBe(422)
      const body = (await res.json()) as { error: { fields: { field: string; message: string }[] } }
      expect(body.error.fields[0]!.field, query).toBe(field)
    }
  })
})

describe('the public list', () => {
  it('pages the reports of a filter, newest first, 20 a page', async () => {
    for (let i = 0; i < 23; i++) await insertReport(t.payload, basics, { area: 'Paginazione', title: `Lampione ${i}` })
    const first = await json<PublicReportPageBody>('/api/segnalazioni/elenco?zona=Paginazione')
    expect(first).toMatchObject({ page: 1, pageSize: 20, total: 23, totalPages: 2 })
    expect(first.items[0]!.title).toBe('Lampione 22')
    const second = await json<PublicReportPageBody>('/api/segnalazioni/elenco?zona=Paginazione&pagina=2')
    expect(second.items.map((i) => i.title)).toEqual(['Lampione 2', 'Lampione 1', 'Lampione 0'])
  })

  it('lists the categories citizens may choose, the areas of the street list and the public statuses', async () => {
    const body = await json<{ categories: { slug: string; office: string }[]; areas: string[]; statuses: { value: string }[] }>('/api/segnalazioni/categorie')
    expect(body.categories.map((c) => c.slug)).toEqual(['strade', 'illuminazione', 'altro'])
    expect(body.areas).toEqual(['Centro', "Sant'Elia"])
    expect(body.statuses.map((s) => s.value)).toEqual(['ricevuta', 'in-lavorazione', 'risolta', 'chiusa'])
  })
})
