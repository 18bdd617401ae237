import { createHash } from 'node:crypto'

import type { CollectionSlug, GlobalSlug, Payload, Where } from 'payload'

import { collectionKey, dayKey, entryKey, type LiveEntry, type LiveStore } from '../../constants/liveStore'
import { calendarEntries, calendarSchema } from '../../../site/loaders/calendarEntries'
import { globalMappings, mappings } from '../../../site/loaders/collections'
import type { CollectionMapping } from '../../../site/loaders/mapping'
import { schemas } from '../../../site/loaders/schemas'

type Doc = Record<string, unknown> & { id: number | string }

/**
 * The published content as the pages read it, loaded from Payload exactly as the Astro loaders load it
 * (same mappings, same schemas, anonymous access so no draft gets in), kept in memory by the publisher.
 */
export class MemoryStore implements LiveStore {
  readonly collections = new Map<string, Map<string, LiveEntry>>()
  #digests = new Map<string, string>()
  #lists = new Map<string, LiveEntry[]>()

  set(collection: string, entries: LiveEntry[]): void {
    const byId = new Map<string, LiveEntry>()
    for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) byId.set(entry.id, entry)
    this.collections.set(collection, byId)
    this.#lists.delete(collection)
    for (const key of [...this.#digests.keys()]) if (key.startsWith(`${collection}:`)) this.#digests.delete(key)
  }

  /** Adds or replaces one entry (a document published or updated). */
  put(entry: LiveEntry): void {
    const byId = this.collections.get(entry.collection) ?? new Map<string, LiveEntry>()
    const had = byId.has(entry.id)
    byId.set(entry.id, entry)
    // Kept in id order, as set() keeps it, so a list reads the same whichever way the store was filled.
    this.collections.set(entry.collection, had ? byId : new Map([...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
    this.#forget(entry.collection, entry.id)
  }

  /** Removes one entry (its document's slug changed). */
  remove(collection: string, id: string): void {
    this.collections.get(collection)?.delete(id)
    this.#forget(collection, id)
  }

  #forget(collection: string, id: string): void {
    this.#lists.delete(collection)
    this.#digests.delete(collectionKey(collection))
    this.#digests.delete(entryKey(collection, id))
  }

  /** The entries of a collection in id order: the same array until the collection changes (pages may memoise on it). */
  entries(collection: string): LiveEntry[] {
    let list = this.#lists.get(collection)
    if (!list) this.#lists.set(collection, (list = Object.freeze([...(this.collections.get(collection)?.values() ?? [])]) as LiveEntry[]))
    return list
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

type Mapping = CollectionMapping & { name: string }
const collectionMappings: Mapping[] = Object.entries(mappings).map(([name, mapping]) => ({ ...(mapping as CollectionMapping), name }))
/** CMS collections other collections' entries copy fields from (titles, slugs, image sizes): a change there changes them. */
const populated = [...new Set(collectionMappings.flatMap((m) => Object.keys(m.populate ?? {})))]

/**
 * The published content kept in memory by the publisher and brought up to date before each render by asking the
 * database what changed, instead of reading every document again: per collection the documents updated since the last
 * look, and their count (a deletion or an unpublication shows as a count that no longer matches, and that collection
 * is read again whole). A collection whose entries copy fields from a collection that changed (a topic renamed shows
 * in every news item tagged with it) is read again whole. Globals and calendars are small and always read.
 */
export class LiveContent {
  readonly store = new MemoryStore()
  #watermarks = new Map<string, string>()
  /** The ids of the documents read whose updatedAt is the watermark, per collection. */
  #atWatermark = new Map<string, Set<number | string>>()
  #counts = new Map<string, number>()
  #docIds = new Map<string, Map<string, string>>()
  #loaded = false

  async refresh(payload: Payload): Promise<{ reloaded: string[]; updated: number }> {
    const reloaded: string[] = []
    let updated = 0
    const changed = new Set<string>()
    if (!this.#loaded) {
      await Promise.all(collectionMappings.map((m) => this.#reload(payload, m)))
      await Promise.all(populated.map((slug) => this.#watch(payload, slug)))
      this.#loaded = true
      reloaded.push('*')
    } else {
      await Promise.all([
        ...collectionMappings.map(async (m) => {
          const docs = await this.#find(payload, m, { changedOnly: true })
          let moved = 0
          for (const doc of docs) if (this.#upsert(m, doc)) moved++
          updated += moved
          const count = (await payload.count({ collection: m.collection as CollectionSlug, overrideAccess: false, draft: false } as never)).totalDocs
          if (count !== this.store.entries(m.name).length) {
            await this.#reload(payload, m)
            reloaded.push(m.name)
            changed.add(m.collection)
          } else if (moved) changed.add(m.collection)
        }),
        ...populated.filter((slug) => !collectionMappings.some((m) => m.collection === slug)).map(async (slug) => {
          if (await this.#watch(payload, slug)) changed.add(slug)
        }),
      ])
      // Entries that copy fields from a collection that changed are read again whole.
      await Promise.all(collectionMappings.filter((m) => Object.keys(m.populate ?? {}).some((slug) => changed.has(slug)) && !reloaded.includes(m.name)).map(async (m) => {
        await this.#reload(payload, m)
        reloaded.push(m.name)
      }))
    }
    await Promise.all([
      ...Object.entries(globalMappings).map(async ([name, toData]) => {
        const doc = (await payload.findGlobal({ slug: name as GlobalSlug, overrideAccess: false, depth: 1 })) as Doc
        this.#setIfChanged(name, [{ id: name, collection: name, data: parse(name, toData(doc as never)) }])
      }),
      (async () => {
        const entries = await calendarEntries(payload)
        this.#setIfChanged('calendars', entries.map(({ id, data }) => ({ id, collection: 'calendars', data: calendarSchema.parse(data) })))
      })(),
    ])
    return { reloaded, updated }
  }

  #advance(collection: string, docs: Doc[]): void {
    for (const doc of docs) {
      const at = String(doc.updatedAt ?? '')
      const mark = this.#watermarks.get(collection) ?? ''
      if (at > mark) {
        this.#watermarks.set(collection, at)
        this.#atWatermark.set(collection, new Set())
      }
      if (at >= mark) this.#atWatermark.get(collection)?.add(doc.id as number | string)
    }
  }

  /**
   * Documents changed since the last look: updated after the watermark, or at it and not seen yet (two saves in the
   * same millisecond are both found; documents imported in bulk with one timestamp are not read again every time).
   */
  #since(collection: string): Where | undefined {
    const since = this.#watermarks.get(collection)
    if (!since) return undefined
    const seen = [...(this.#atWatermark.get(collection) ?? [])]
    // Past a few thousand ids the list would cost more than reading those documents again.
    if (!seen.length || seen.length > maxSeenAtWatermark) return { updatedAt: { greater_than_equal: since } }
    return { or: [{ updatedAt: { greater_than: since } }, { and: [{ updatedAt: { equals: since } }, { id: { not_in: seen } }] }] }
  }

  async #find(payload: Payload, m: Mapping, { changedOnly = false } = {}): Promise<Doc[]> {
    const { docs } = await payload.find({
      collection: m.collection as CollectionSlug, overrideAccess: false, draft: false, depth: 2, limit: 0, pagination: false,
      populate: m.populate as never,
      ...(changedOnly ? { where: this.#since(m.collection) } : {}),
    })
    this.#advance(m.collection, docs as unknown as Doc[])
    return docs as unknown as Doc[]
  }

  async #reload(payload: Payload, m: Mapping): Promise<void> {
    const docs = await this.#find(payload, m)
    this.#docIds.set(m.name, new Map())
    this.store.set(m.name, docs.map((doc) => this.#entryOf(m, doc)))
  }

  #entryOf(m: Mapping, doc: Doc): LiveEntry {
    const entry = { id: m.idOf(doc as never), collection: m.name, data: parse(m.name, m.toData(doc as never)) }
    this.#docIds.get(m.name)!.set(String(doc.id), entry.id)
    return entry
  }

  /** Puts a document's entry in the store; whether anything the pages read changed (a document read again may not have). */
  #upsert(m: Mapping, doc: Doc): boolean {
    const previousId = this.#docIds.get(m.name)?.get(String(doc.id))
    const entry = this.#entryOf(m, doc)
    if (previousId === entry.id && JSON.stringify(this.store.get(m.name, entry.id)?.data) === JSON.stringify(entry.data)) return false
    if (previousId !== undefined && previousId !== entry.id) this.store.remove(m.name, previousId)
    this.store.put(entry)
    return true
  }

  /** Whether a collection the entries copy fields from changed since the last look (updated, added or removed). */
  async #watch(payload: Payload, slug: string): Promise<boolean> {
    const since = this.#watermarks.get(slug)
    const { docs } = await payload.find({ collection: slug as CollectionSlug, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { updatedAt: true } as never, where: this.#since(slug) })
    this.#advance(slug, docs as unknown as Doc[])
    const count = (await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })).totalDocs
    // Every document found is new since the last look (see #since).
    const moved = count !== this.#counts.get(slug) || docs.length > 0
    this.#counts.set(slug, count)
    return moved && since !== undefined
  }

  #setIfChanged(collection: string, entries: LiveEntry[]): void {
    const before = this.store.entries(collection)
    if (before.length === entries.length && entries.every((e) => JSON.stringify(this.store.get(collection, e.id)?.data) === JSON.stringify(e.data))) return
    this.store.set(collection, entries)
  }
}

function parse(name: string, data: unknown): Record<string, unknown> {
  return schemas[name as keyof typeof schemas].parse(data) as Record<string, unknown>
}

/** The most document ids a query excludes as seen already (see LiveContent.#since). */
const maxSeenAtWatermark = 5_000

const contents = new WeakMap<Payload, LiveContent>()

/** The live content of a Payload instance (one per process and database), up to date with the database. */
export async function liveContentOf(payload: Payload): Promise<MemoryStore> {
  let content = contents.get(payload)
  if (!content) contents.set(payload, (content = new LiveContent()))
  await content.refresh(payload)
  return content.store
}
