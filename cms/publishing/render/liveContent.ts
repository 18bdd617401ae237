import { createHash } from 'node:crypto'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { collectionKey, dayKey, entryKey, type LiveEntry, type LiveStore } from '../../constants/liveStore'
import { calendarEntries, calendarSchema } from '../../../site/loaders/calendarLoader'
import { globalMappings, mappings } from '../../../site/loaders/collections'
import { schemas } from '../../../site/loaders/schemas'

type Doc = Record<string, unknown> & { id: number | string }

/**
 * The published content as the pages read it, loaded from Payload exactly as the Astro loaders load it
 * (same mappings, same schemas, anonymous access so no draft gets in), kept in memory by the publisher.
 */
export class MemoryStore implements LiveStore {
  readonly collections = new Map<string, Map<string, LiveEntry>>()
  #digests = new Map<string, string>()

  set(collection: string, entries: LiveEntry[]): void {
    const byId = new Map<string, LiveEntry>()
    for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) byId.set(entry.id, entry)
    this.collections.set(collection, byId)
    for (const key of [...this.#digests.keys()]) if (key.startsWith(`${collection}:`)) this.#digests.delete(key)
  }

  entries(collection: string): LiveEntry[] {
    return [...(this.collections.get(collection)?.values() ?? [])]
  }

  get(collection: string, id: string): LiveEntry | undefined {
    return this.collections.get(collection)?.get(id)
  }

  /**
   * The digest of what a dependency key stands for in this store: a whole collection, one entry (or its absence),
   * today's date. Two stores giving the same digest to every key a page read render that page identically.
   */
  digestOf(key: string, today: string): string {
    if (key === dayKey) return today
    const cached = this.#digests.get(key)
    if (cached) return cached
    const colon = key.indexOf(':')
    const collection = key.slice(0, colon)
    const id = key.slice(colon + 1)
    let digest: string
    if (key === collectionKey(collection)) {
      const hash = createHash('sha256')
      for (const entry of this.entries(collection)) hash.update(this.digestOf(entryKey(collection, entry.id), today)).update('\n')
      digest = hash.digest('base64url')
    } else {
      const entry = this.get(collection, id)
      digest = entry ? createHash('sha256').update(JSON.stringify(entry.data)).digest('base64url') : '-'
    }
    this.#digests.set(key, digest)
    return digest
  }
}

/** The public collections and globals the site reads, loaded into a new store. */
export async function loadLiveStore(payload: Payload): Promise<MemoryStore> {
  const store = new MemoryStore()
  await Promise.all([
    ...Object.entries(mappings).map(async ([name, mapping]) => {
      const { docs } = await payload.find({
        collection: mapping.collection as CollectionSlug, overrideAccess: false, draft: false, depth: 2, limit: 0, pagination: false,
        populate: mapping.populate as never,
      })
      const schema = schemas[name as keyof typeof schemas]
      store.set(name, (docs as unknown as Doc[]).map((doc) => ({ id: mapping.idOf(doc as never), collection: name, data: schema.parse(mapping.toData(doc as never)) as Record<string, unknown> })))
    }),
    ...Object.entries(globalMappings).map(async ([name, toData]) => {
      const doc = (await payload.findGlobal({ slug: name as GlobalSlug, overrideAccess: false, depth: 1 })) as Doc
      const schema = schemas[name as keyof typeof schemas]
      store.set(name, [{ id: name, collection: name, data: schema.parse(toData(doc as never)) as Record<string, unknown> }])
    }),
    (async () => {
      const entries = await calendarEntries(payload)
      store.set('calendars', entries.map(({ id, data }) => ({ id, collection: 'calendars', data: calendarSchema.parse(data) })))
    })(),
  ])
  return store
}
