import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { isByYear, openDatasetPath, openDatasets, openDatasetYearPath, type OpenDatasetName } from '../../cms/constants/openDatasets'
import { openDataSchemas, type OpenDataItem } from '../contract/openData'
import { builtDatasetStore } from '../data/openDataFiles'
import { handleError } from '../errors'
import { newRouter } from '../openapi'
import { openDataService } from '../services/openData'
import { openDataRoutes } from './openData'

const site = 'https://sportello.comune.brindisi.example'
const licence = { name: 'CC BY 4.0' as const, url: 'https://creativecommons.org/licenses/by/4.0/legalcode.it', attribution: 'Comune di Brindisi' }
const topic = (slug: string) => ({ slug, title: slug.toUpperCase() })
const contacts = { phone: null, email: null, pec: null, website: null }

/** A news item published at `publishedAt`, tagged with `topics`. */
const news = (n: number, publishedAt: string, topics: string[] = []): OpenDataItem<'notizie'> => ({
  slug: `notizia-${n}`, title: `Notizia ${n}`, summary: 'In breve', url: `${site}/notizie/notizia-${n}/`, updatedAt: publishedAt,
  topics: topics.map(topic), kind: 'notizia', kindLabel: 'Notizia', publishedAt, bodyHtml: '<p>Testo</p>', image: null, offices: [], places: [],
})
/** An event from `startDate` to `endDate`. */
const event = (slug: string, startDate: string, endDate: string | null): OpenDataItem<'eventi'> => ({
  slug, title: slug, summary: 'In breve', url: `${site}/eventi/${slug}/`, updatedAt: '2026-01-01T00:00:00.000Z', topics: [], startDate, endDate,
  bodyHtml: '<p>Testo</p>', image: null, place: { slug: 'piazza', title: 'Piazza Vittoria', address: 'Piazza Vittoria, Brindisi', latitude: 40.6383, longitude: 17.9423 },
  address: null, cost: null, audience: null, organizer: null, contacts, calendarUrl: `${site}/eventi/${slug}.ics`,
})
const topicItem = (slug: string): OpenDataItem<'argomenti'> => ({ slug, title: slug, description: null, url: `${site}/argomenti/${slug}/`, updatedAt: '2026-01-01T00:00:00.000Z' })

// 45 news, one a day from 1 January 2026 at 23:30 UTC (already the next day in Rome), every third about the environment.
const allNews = Array.from({ length: 45 }, (_, i) => news(i + 1, new Date(Date.UTC(2026, 0, 1 + i, 23, 30)).toISOString(), i % 3 === 0 ? ['ambiente'] : ['cultura']))
const events = [event('mostra', '2026-06-01T08:00:00.000Z', '2026-06-30T18:00:00.000Z'), event('concerto', '2026-07-10T19:00:00.000Z', null)]
const topics = [topicItem('ambiente'), topicItem('cultura')]

let root: string
function writeJson(relative: string, body: unknown) {
  const file = path.join(root, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(body))
}
/** The year a test item of a dataset written by year goes to (its date, all far from midnight in Rome). */
const yearOf = (item: OpenDataItem<'notizie'> | OpenDataItem<'eventi'>) => new Date('publishedAt' in item ? item.publishedAt : item.startDate).getUTCFullYear()

/** Writes a dataset into the live build folder as the site's build does: whole, or one file per year and their index. */
function writeDataset(name: OpenDatasetName, items: unknown[]) {
  if (!isByYear(name)) return writeJson(openDatasetPath(name), { dataset: name, version: 'v1', licence, items })
  const years = new Map<number, unknown[]>()
  for (const item of items) years.set(yearOf(item as OpenDataItem<'notizie'>), [...(years.get(yearOf(item as OpenDataItem<'notizie'>)) ?? []), item])
  for (const [year, ofYear] of years) writeJson(openDatasetYearPath(name, year), { dataset: name, version: 'v1', licence, year, items: ofYear })
  const index = [...years].map(([year, ofYear]) => ({ year, total: ofYear.length, url: openDatasetYearPath(name, year) }))
  writeJson(openDatasetPath(name), { dataset: name, version: 'v1', licence, total: items.length, years: index })
}

function openDataApp() {
  const app = newRouter()
  app.route('/api', openDataRoutes(openDataService(builtDatasetStore(() => root))))
  app.onError(handleError)
  return app
}
const getJson = async (app: ReturnType<typeof openDataApp>, url: string, headers: Record<string, string> = {}) => {
  const res = await app.request(url, { headers })
  return { res, body: res.status === 304 ? null : await res.json() }
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dati-aperti-'))
  writeDataset('notizie', allNews)
  writeDataset('eventi', events)
  writeDataset('argomenti', topics)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('the open data API', () => {
  it('answers pages of 20 by default, with the licence and the totals, in the order of the built file', async () => {
    const { res, body } = await getJson(openDataApp(), '/api/dati-aperti/v1/notizie')
    expect(res.status).toBe(200)
    expect(openDataSchemas.pages.notizie.parse(body)).toBeTruthy()
    expect(body).toMatchObject({ dataset: 'notizie', version: 'v1', licence, page: 1, pageSize: 20, total: 45, totalPages: 3 })
    expect(body.items.map((n: { slug: string }) => n.slug)).toEqual(allNews.slice(0, 20).map((n) => n.slug))
  })

  it('cuts the page asked for, and answers an empty page past the last', async () => {
    const app = openDataApp()
    const { body } = await getJson(app, '/api/dati-aperti/v1/notizie?pagina=3&per_pagina=20')
    expect(body.items.map((n: { slug: string }) => n.slug)).toEqual(['notizia-41', 'notizia-42', 'notizia-43', 'notizia-44', 'notizia-45'])
    const past = await getJson(app, '/api/dati-aperti/v1/notizie?pagina=9&per_pagina=10')
    expect(past.body).toMatchObject({ items: [], page: 9, pageSize: 10, total: 45, totalPages: 5 })
  })

  it('keeps only the items of a topic, and the topic itself in the topics dataset', async () => {
    const app = openDataApp()
    const { body } = await getJson(app, '/api/dati-aperti/v1/notizie?argomento=ambiente&per_pagina=100')
    expect(body.total).toBe(15)
    expect(body.items.every((n: OpenDataItem<'notizie'>) => n.topics.some((t) => t.slug === 'ambiente'))).toBe(true)
    expect((await getJson(app, '/api/dati-aperti/v1/argomenti?argomento=cultura')).body.items).toEqual([topics[1]])
    expect((await getJson(app, '/api/dati-aperti/v1/notizie?argomento=sport')).body).toMatchObject({ items: [], total: 0, totalPages: 0 })
  })

  it('filters news by their publication day in Rome, both days included', async () => {
    // Notizia 1 went out on 1 January at 23:30 UTC: 2 January in Rome.
    const { body } = await getJson(openDataApp(), '/api/dati-aperti/v1/notizie?dal=2026-01-02&al=2026-01-04')
    expect(body.items.map((n: { slug: string }) => n.slug)).toEqual(['notizia-1', 'notizia-2', 'notizia-3'])
  })

  it('keeps the events under way in the period, including one that began before it', async () => {
    const app = openDataApp()
    const slugs = async (query: string) => (await getJson(app, `/api/dati-aperti/v1/eventi?${query}`)).body.items.map((e: { slug: string }) => e.slug)
    expect(await slugs('dal=2026-06-15&al=2026-06-16')).toEqual(['mostra'])
    expect(await slugs('dal=2026-07-01')).toEqual(['concerto'])
    expect(await slugs('al=2026-05-31')).toEqual([])
  })

  it('sends an ETag and Cache-Control, answers 304 to If-None-Match, and a new build changes the ETag', async () => {
    const app = openDataApp()
    const first = await app.request('/api/dati-aperti/v1/notizie?per_pagina=5')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"od-/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    const again = await app.request('/api/dati-aperti/v1/notizie?per_pagina=5', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    // Another query is another representation.
    expect((await app.request('/api/dati-aperti/v1/notizie?per_pagina=6')).headers.get('etag')).not.toBe(etag)
    // A publication rewrites the file: the old ETag no longer matches and the new content is served.
    writeDataset('notizie', [news(99, '2026-03-01T10:00:00.000Z')])
    const after = await getJson(app, '/api/dati-aperti/v1/notizie?per_pagina=5', { 'if-none-match': etag })
    expect(after.res.status).toBe(200)
    expect(after.body.items.map((n: { slug: string }) => n.slug)).toEqual(['notizia-99'])
  })

  it('compresses for clients that accept it, with an ETag of its own', async () => {
    const res = await openDataApp().request('/api/dati-aperti/v1/notizie?per_pagina=50', { headers: { 'accept-encoding': 'gzip, br' } })
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('etag')).toMatch(/-br"$/)
  })

  it.each([
    ['pagina=0', 'pagina', 'Pagina non valida'],
    ['pagina=due', 'pagina', 'Pagina non valida'],
    ['per_pagina=101', 'per_pagina', 'Dimensione della pagina non valida'],
    ['argomento=Ambiente%20e%20verde', 'argomento', 'Argomento non valido'],
    ['dal=1-3-2026', 'dal', 'AAAA-MM-GG'],
    ['al=2026-13-01', 'al', 'non esiste nel calendario'],
    ['dal=2026-02-30', 'dal', 'non esiste nel calendario'],
    ['dal=2026-03-02&al=2026-03-01', 'al', 'viene prima del primo'],
  ])('refuses %s with 422 and an Italian message on the field', async (query, field, message) => {
    const { res, body } = await getJson(openDataApp(), `/api/dati-aperti/v1/notizie?${query}`)
    expect(res.status).toBe(422)
    expect(body.error.code).toBe('validation')
    expect(body.error.fields).toEqual([expect.objectContaining({ field, message: expect.stringContaining(message) })])
  })

  it('answers 503 in Italian while no build has written the dataset', async () => {
    const { res, body } = await getJson(openDataApp(), '/api/dati-aperti/v1/uffici')
    expect(res.status).toBe(503)
    expect(body.error.message).toContain('non sono ancora stati pubblicati')
  })

  it('refuses to serve a built file that does not match its schema', async () => {
    writeDataset('notizie', [{ slug: 'senza-titolo', publishedAt: '2026-03-01T10:00:00.000Z' }])
    expect((await openDataApp().request('/api/dati-aperti/v1/notizie')).status).toBe(500)
  })

  it('joins the yearly files of a dataset in the order of its index, and follows a publication that rewrites one year', async () => {
    const older = [news(90, '2025-12-30T10:00:00.000Z'), news(91, '2024-05-01T10:00:00.000Z')]
    writeDataset('notizie', [...allNews.slice(0, 3), ...older])
    const app = openDataApp()
    const slugs = async () => (await getJson(app, '/api/dati-aperti/v1/notizie?per_pagina=100')).body.items.map((n: { slug: string }) => n.slug)
    expect(await slugs()).toEqual(['notizia-1', 'notizia-2', 'notizia-3', 'notizia-90', 'notizia-91'])
    // Only 2026 changes: the other years' files stay as they were.
    writeDataset('notizie', [news(99, '2026-03-01T10:00:00.000Z'), ...older])
    expect(await slugs()).toEqual(['notizia-99', 'notizia-90', 'notizia-91'])
  })

  it('answers 500 when the index lists a yearly file the build did not write', async () => {
    rmSync(path.join(root, openDatasetYearPath('notizie', 2026)))
    expect((await openDataApp().request('/api/dati-aperti/v1/notizie')).status).toBe(500)
  })

  it('documents every dataset in the OpenAPI document with its filters and its item schema', () => {
    const doc = openDataApp().getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'prova', version: '1' } })
    for (const { name } of openDatasets) {
      const operation = doc.paths?.[`/api/dati-aperti/v1/${name}`]?.get
      expect(operation?.parameters?.map((p) => ('name' in p ? p.name : ''))).toEqual(['pagina', 'per_pagina', 'argomento', 'dal', 'al'])
      expect(Object.keys(operation?.responses ?? {})).toEqual(['200', '304', '422', '503'])
    }
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(expect.arrayContaining(['OpenDataNews', 'OpenDataEvent', 'OpenDataService', 'OpenDataOffice', 'OpenDataPlace', 'OpenDataTopic', 'OpenDataLicence']))
  })
})
