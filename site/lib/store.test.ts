import { AsyncLocalStorage } from 'node:async_hooks'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { liveStoreSymbol, renderDepsSymbol, type LiveEntry, type LiveStore } from '../../cms/constants/liveStore'

// The static build's source; these tests check the live store takes its place and what each read records.
vi.mock('astro:content', () => ({
  getCollection: vi.fn(async () => [{ id: 'b', collection: 'news', data: {} }, { id: 'a', collection: 'news', data: {} }]),
  getEntry: vi.fn(async (collection: string, id: string) => ({ id, collection, data: { from: 'astro' } })),
}))

const { getCollection, getEntry, today } = await import('./store')

const g = globalThis as Record<symbol, unknown>

function liveStore(entries: LiveEntry[]): LiveStore {
  return {
    entries: (collection) => entries.filter((e) => e.collection === collection),
    get: (collection, id) => entries.find((e) => e.collection === collection && e.id === id),
  }
}

afterEach(() => {
  delete g[liveStoreSymbol]
  delete g[renderDepsSymbol]
})

describe('the content store of the pages', () => {
  it('reads astro:content without a live store, sorted by id', async () => {
    expect((await getCollection('news')).map((e) => e.id)).toEqual(['a', 'b'])
    expect((await getEntry('news', 'x'))?.data).toEqual({ from: 'astro' })
  })

  it('reads the live store when the renderer set one, sorted by id, filtered', async () => {
    g[liveStoreSymbol] = liveStore([
      { id: 'z', collection: 'news', data: { n: 1 } }, { id: 'm', collection: 'news', data: { n: 2 } }, { id: 'q', collection: 'events', data: {} },
    ])
    expect((await getCollection('news')).map((e) => e.id)).toEqual(['m', 'z'])
    expect((await getCollection('news', (e) => (e.data as Record<string, unknown>).n === 1)).map((e) => e.id)).toEqual(['z'])
    expect((await getEntry('news', 'm'))?.data).toEqual({ n: 2 })
    expect(await getEntry('news', 'absent')).toBeUndefined()
  })

  it('records what each render read, present or absent, and the day', async () => {
    g[liveStoreSymbol] = liveStore([{ id: 'a', collection: 'news', data: {} }])
    const als = new AsyncLocalStorage<Set<string>>()
    g[renderDepsSymbol] = als
    const first = new Set<string>()
    const second = new Set<string>()
    await Promise.all([
      als.run(first, async () => {
        await getCollection('news')
        await getEntry('pages', 'faq')
      }),
      als.run(second, async () => {
        await getEntry({ collection: 'topics', id: 'ambiente' } as never)
        today()
      }),
    ])
    expect([...first].sort()).toEqual(['news:*', 'pages:faq'])
    expect([...second].sort()).toEqual(['clock:day', 'topics:ambiente'])
  })

  it('gives the day in Rome and the instant it began', () => {
    // 23:30 UTC on 31 December is already 1 January in Rome (UTC+1).
    expect(today(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', start: new Date('2026-12-31T23:00:00Z') })
    // Summer time: Rome is UTC+2.
    expect(today(new Date('2026-07-10T12:00:00Z'))).toEqual({ date: '2026-07-10', start: new Date('2026-07-09T22:00:00Z') })
  })
})
