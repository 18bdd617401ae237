import type { LoaderContext } from 'astro/loaders'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'

let t: TestPayload
let loadNews: (store: MemoryStore) => Promise<void>
let closeLoaderClient: (() => Promise<void>) | undefined

/** The part of Astro's DataStore the loader uses, in memory. */
class MemoryStore {
  entries = new Map<string, { id: string; data: Record<string, unknown> }>()
  set(entry: { id: string; data: Record<string, unknown> }) {
    this.entries.set(entry.id, entry)
    return true
  }
  delete(id: string) {
    this.entries.delete(id)
  }
  keys() {
    return [...this.entries.keys()]
  }
}

const paragraph = (text: string, format = 0) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
    { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format, mode: 'normal', style: '', detail: 0 }] },
  ] },
})

beforeAll(async () => {
  t = await startTestPayload()
  const { payloadCollectionLoader } = await import('./payloadLoader')
  const { mappings } = await import('./collections')
  closeLoaderClient = (await import('./payloadClient')).closePayloadClient
  const loader = payloadCollectionLoader(mappings.news)
  loadNews = (store) =>
    loader.load({
      store: store as unknown as LoaderContext['store'],
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (data: unknown) => JSON.stringify(data),
      logger: { info: () => {} },
    } as unknown as LoaderContext)
})
afterAll(async () => {
  // The loader's own connection closes before the test database is dropped under it.
  await closeLoaderClient?.()
  await t?.cleanup()
})

describe('the Payload content loader', () => {
  it('loads published news with rich text as HTML and relations as slug and title', async () => {
    const topic = await t.payload.create({ collection: 'topics', data: { title: 'Mobilità', slug: 'mobilita' } })
    await t.payload.create({ collection: 'news', data: { title: 'Nuova ZTL', slug: 'nuova-ztl', summary: 'Cambia la zona a traffico limitato', body: paragraph('Dal lunedì', 1), publishedAt: '2026-11-20T10:00:00.000Z', topics: [topic.id], _status: 'published' } as never })
    const store = new MemoryStore()
    await loadNews(store)
    const entry = store.entries.get('nuova-ztl')!
    expect(entry.data).toMatchObject({ title: 'Nuova ZTL', kind: 'notizia', topics: [{ slug: 'mobilita', title: 'Mobilità' }] })
    expect(entry.data.bodyHtml).toBe('<p><strong>Dal lunedì</strong></p>')
  })

  it('never loads a draft', async () => {
    await t.payload.create({ collection: 'news', draft: true, data: { title: 'Riservata', slug: 'riservata', summary: 'Non ancora pubblica', body: paragraph('x'), publishedAt: '2026-11-21T10:00:00.000Z', _status: 'draft' } as never })
    const store = new MemoryStore()
    await loadNews(store)
    expect(store.keys()).not.toContain('riservata')
  })

  it('drops a news item from the site once it is unpublished', async () => {
    const store = new MemoryStore()
    await loadNews(store)
    expect(store.keys()).toContain('nuova-ztl')
    const { docs } = await t.payload.find({ collection: 'news', where: { slug: { equals: 'nuova-ztl' } } })
    await t.payload.update({ collection: 'news', id: docs[0]!.id, data: { _status: 'draft' } })
    await loadNews(store)
    expect(store.keys()).not.toContain('nuova-ztl')
  })
})
