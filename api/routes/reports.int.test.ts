import { brotliDecompressSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { insertReport } from '../../cms/reports/testFixtures'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import type { PublicReportBody, PublicReportPageBody, ReportMarkersBody } from '../contract/reports'
import { privateWords, startPublicReportsWorld, testJpeg, type PublicReportsWorld } from '../testing/publicReports'

let t: TestPayload
let w: PublicReportsWorld
let r: PublicReportsWorld['r']

beforeAll(async () => {
  t = await startTestPayload()
  w = await startPublicReportsWorld(t)
  r = w.r
}, 120_000)
afterAll(async () => t?.cleanup())


const get = (path: string, headers: Record<string, string> = {}) => w.app.request(path, { headers })
const json = async <T>(path: string) => {
  const res = await get(path)
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}
const markersOf = async (query = '') => json<ReportMarkersBody>(`/api/segnalazioni${query}`)
const codesOf = (body: ReportMarkersBody) => body.markers.map((m) => m[0])

/** Every public answer, raw, for the "nothing personal, nothing unmoderated" check. */
async function everyPublicBody(paths: string[]): Promise<string> {
  const bodies = await Promise.all(paths.map(async (path) => `${path}\n${await (await get(path)).text()}`))
  return bodies.join('\n')
}

describe('what the public sees of a report', () => {
  it('never shows the reporter, unmoderated words, internal notes or unconfirmed reports in any public answer', async () => {
    const paths = ['/api/segnalazioni', '/api/segnalazioni/elenco', '/api/segnalazioni/categorie', '/api/segnalazioni.geojson', '/api/segnalazioni.csv', ...Object.values(r).map((report) => `/api/segnalazioni/${report.code}`)]
    const all = await everyPublicBody(paths)
    for (const secret of privateWords) expect(all, secret).not.toContain(secret)
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
    expect(Buffer.from(await res.arrayBuffer())).toEqual(testJpeg)
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
    expect(first.headers.get('cache-control')).toBe('public, max-age=5, s-maxage=30, must-revalidate')
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
    for (let i = 0; i < 23; i++) await insertReport(t.payload, w.basics, { area: 'Paginazione', title: `Lampione ${i}` })
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

type Feature = { id: string; geometry: { type: string; coordinates: [number, number] }; properties: Record<string, unknown> }

describe('the open-data exports', () => {
  it('gives every public report, merged ones too, as GeoJSON under CC BY 4.0, with nothing personal', async () => {
    const res = await get('/api/segnalazioni.geojson?categoria=illuminazione,strade')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8')
    expect(res.headers.get('link')).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"')
    const body = (await res.json()) as { type: string; licenza: string; features: Feature[] }
    expect(body).toMatchObject({ type: 'FeatureCollection', licenza: 'CC BY 4.0' })
    const byCode = new Map(body.features.map((f) => [f.id, f]))
    expect(byCode.has(r.unconfirmed.code)).toBe(false)
    expect(byCode.get(r.merged.code)!.properties).toMatchObject({ stato: 'chiusa', motivo_chiusura: 'Duplicata di un’altra segnalazione', unita_a: r.survivor.code })
    expect(byCode.get(r.pending.code)!.properties).toMatchObject({ titolo: 'Strade e marciapiedi', testo: null, pagina: `http://localhost:3000/segnalazioni/${r.pending.code}/` })
    expect(byCode.get(r.approved.code)!.geometry).toEqual({ type: 'Point', coordinates: [17.9432, 40.6372] })
    expect(Object.keys(byCode.get(r.approved.code)!.properties).sort()).toEqual([
      'aggiornata_il', 'categoria', 'categoria_nome', 'codice', 'entro_il', 'indirizzo', 'inviata_il', 'motivo_chiusura', 'pagina', 'risposta_pubblica',
      'stato', 'stato_descrizione', 'testo', 'titolo', 'ufficio', 'unita_a', 'zona',
    ])
  })

  it('gives a CSV with a header, the licence on every row and no cell a spreadsheet would run', async () => {
    const formula = await insertReport(t.payload, w.basics, { title: '=HYPERLINK("http://esempio.example")', area: 'Formule' })
    const res = await get('/api/segnalazioni.csv?zona=Formule')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers.get('link')).toContain('rel="license"')
    const [header, row] = (await res.text()).trim().split('\r\n')
    expect(header).toBe('codice,pagina,titolo,testo,stato,stato_descrizione,categoria,categoria_nome,ufficio,zona,indirizzo,latitudine,longitudine,inviata_il,aggiornata_il,entro_il,motivo_chiusura,risposta_pubblica,unita_a,licenza')
    expect(row).toContain(formula.code)
    expect(row).toContain(`"'=HYPERLINK(""http://esempio.example"")"`)
    expect(row!.endsWith('CC BY 4.0 Comune di Brindisi')).toBe(true)
  })

  it('answers 304 while nothing changed', async () => {
    const first = await get('/api/segnalazioni.csv')
    const again = await get('/api/segnalazioni.csv', { 'if-none-match': first.headers.get('etag')! })
    expect(again.status).toBe(304)
  })
})
