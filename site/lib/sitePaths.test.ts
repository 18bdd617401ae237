import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { liveStoreSymbol, type LiveEntry, type LiveStore } from '../../cms/constants/liveStore'

vi.mock('astro:content', () => ({ getCollection: vi.fn(async () => []), getEntry: vi.fn(async () => undefined) }))

const { allSitePaths, fixedPaths } = await import('./sitePaths')
const { latestNewsPage, newsArchivePage } = await import('./newsArchive')

const g = globalThis as Record<symbol, unknown>
afterEach(() => delete g[liveStoreSymbol])

function liveStore(entries: LiveEntry[]): LiveStore {
  return {
    entries: (collection) => entries.filter((e) => e.collection === collection),
    get: (collection, id) => entries.find((e) => e.collection === collection && e.id === id),
  }
}

/** n news items, the i-th published on day i of 2026 (so n-1 is the newest). */
const news = (n: number): LiveEntry[] =>
  Array.from({ length: n }, (_, i) => ({ id: `notizia-${String(i).padStart(3, '0')}`, collection: 'news', data: { publishedAt: new Date(Date.UTC(2026, 0, i + 1)), kind: 'notizia', topics: [] } }))

const pagesDir = path.join(import.meta.dirname, '..', 'pages')
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]))
}

describe('the paths of the site', () => {
  it('lists every page without params that is built, and none rendered on request', () => {
    const fixed = files(pagesDir)
      .filter((f) => !f.includes('[') && !/^\s*export const prerender = false/m.test(readFileSync(f, 'utf8')))
      .map((f) => {
        const route = `/${path.relative(pagesDir, f).split(path.sep).join('/')}`.replace(/\.(astro|ts)$/, '')
        if (route === '/404') return route
        if (f.endsWith('.ts')) return route
        return route.endsWith('/index') ? route.slice(0, -'index'.length) : `${route}/`
      })
    expect([...fixedPaths].sort()).toEqual(fixed.sort())
  })

  it('lists the news archive pages and each item', async () => {
    g[liveStoreSymbol] = liveStore(news(25))
    const paths = await allSitePaths()
    expect(paths.filter((p) => p.startsWith('/notizie/archivio/'))).toEqual(['/notizie/archivio/1/', '/notizie/archivio/2/', '/notizie/archivio/3/'])
    expect(paths).toContain('/notizie/notizia-024/')
    expect(paths).toContain('/')
    expect(paths).toContain('/404')
    expect(paths).toContain('/rss.xml')
    expect(paths).not.toContain('/anteprima/')
  })
})

describe('the news lists', () => {
  const ids = (page: { data: { id: string }[] } | undefined) => page?.data.map((n) => n.id.slice(-3))

  it('shows the newest on /notizie/ and numbers the archive from the oldest', async () => {
    g[liveStoreSymbol] = liveStore(news(25))
    const latest = await latestNewsPage()
    expect(ids(latest)).toEqual(['024', '023', '022', '021', '020', '019', '018', '017', '016', '015'])
    // The first item /notizie/ does not show (014) is on archive page 2 (items 010–019).
    expect(latest.older).toBe('/notizie/archivio/2/')
    expect(await newsArchivePage('1')).toMatchObject({ currentPage: 1, newer: '/notizie/archivio/2/', older: undefined })
    expect(ids(await newsArchivePage('1'))).toEqual(['009', '008', '007', '006', '005', '004', '003', '002', '001', '000'])
    expect(await newsArchivePage('3')).toMatchObject({ currentPage: 3, newer: '/notizie/', older: '/notizie/archivio/2/' })
    expect(ids(await newsArchivePage('3'))).toEqual(['024', '023', '022', '021', '020'])
    for (const absent of ['0', '4', '03', 'x', undefined]) expect(await newsArchivePage(absent)).toBeUndefined()
  })

  it('changes only /notizie/ and the newest archive page when an item is published', async () => {
    const render = async () => Object.fromEntries(await Promise.all(['1', '2', '3', '4'].map(async (n) => [n, JSON.stringify(await newsArchivePage(n))])))
    g[liveStoreSymbol] = liveStore(news(25))
    const before = await render()
    g[liveStoreSymbol] = liveStore(news(26))
    const after = await render()
    expect(Object.keys(before).filter((n) => before[n] !== after[n])).toEqual(['3'])
    // A new page opens at 31: page 3 gains its link to page 4, the others stay.
    g[liveStoreSymbol] = liveStore(news(30))
    const full = await render()
    g[liveStoreSymbol] = liveStore(news(31))
    const opened = await render()
    expect(Object.keys(full).filter((n) => full[n] !== opened[n])).toEqual(['3', '4'])
  })
})

describe('the events list', () => {
  const day = 86_400_000
  const now = Date.now()
  /** `past` events that ended 1…past days ago (e-000 the oldest) and `upcoming` ones starting in 1…upcoming days. */
  const events = (past: number, upcoming: number): LiveEntry[] => [
    ...Array.from({ length: past }, (_, i) => ({ id: `e-${String(i).padStart(3, '0')}`, collection: 'events', data: { startDate: new Date(now - (past - i + 1) * day), topics: [] } })),
    ...Array.from({ length: upcoming }, (_, i) => ({ id: `u-${String(i).padStart(2, '0')}`, collection: 'events', data: { startDate: new Date(now + (i + 1) * day), topics: [] } })),
  ]
  const ids = (page: { events: { id: string }[] } | undefined) => page?.events.map((e) => e.id)

  it('reads the events to come from the soonest, then the past ones numbered from the oldest', async () => {
    const { eventListPage } = await import('./eventArchive')
    g[liveStoreSymbol] = liveStore(events(8, 8))
    expect(await eventListPage('upcoming')).toMatchObject({ number: 1, next: '/eventi/prossimi/2/' })
    expect(ids(await eventListPage('upcoming'))).toEqual(['u-00', 'u-01', 'u-02', 'u-03', 'u-04', 'u-05'])
    expect(await eventListPage('upcoming', '2')).toMatchObject({ previous: '/eventi/', next: '/eventi/passati/2/' })
    expect(ids(await eventListPage('upcoming', '2'))).toEqual(['u-06', 'u-07'])
    expect(ids(await eventListPage('past', '2'))).toEqual(['e-007', 'e-006'])
    expect(await eventListPage('past', '2')).toMatchObject({ previous: '/eventi/prossimi/2/', next: '/eventi/passati/1/' })
    expect(ids(await eventListPage('past', '1'))).toEqual(['e-005', 'e-004', 'e-003', 'e-002', 'e-001', 'e-000'])
    expect((await eventListPage('past', '1'))?.next).toBeUndefined()
    for (const [kind, param] of [['upcoming', '1'], ['upcoming', '3'], ['past', '3'], ['past', '0'], ['past', '01']] as const) expect(await eventListPage(kind, param)).toBeUndefined()
    const paths = await allSitePaths()
    expect(paths.filter((p) => /^\/eventi\/(passati|prossimi)\//.test(p))).toEqual(['/eventi/passati/1/', '/eventi/passati/2/', '/eventi/prossimi/2/'])
  })

  it('changes only the newest past page when an event of the past is added', async () => {
    const { eventListPage } = await import('./eventArchive')
    const render = async () => JSON.stringify(await Promise.all(['1', '2'].map((n) => eventListPage('past', n))), (_, v) => (v instanceof Set ? [...v] : v))
    g[liveStoreSymbol] = liveStore(events(8, 2))
    const before = JSON.parse(await render()) as unknown[]
    g[liveStoreSymbol] = liveStore([...events(8, 2), { id: 'e-new', collection: 'events', data: { startDate: new Date(now - day - 3_600_000), topics: [] } }])
    const after = JSON.parse(await render()) as { events: unknown[]; past: string[] }[]
    // Page 1 keeps its events and links; only its list of ids over (used to mark cards) names the new one.
    expect({ ...after[0], past: undefined }).toEqual({ ...(before[0] as object), past: undefined })
    expect(after[1]!.events).toHaveLength(3)
  })
})
