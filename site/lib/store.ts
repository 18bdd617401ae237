import type { AsyncLocalStorage } from 'node:async_hooks'

import { TZDate } from '@date-fns/tz'
import { getCollection as astroGetCollection, getEntry as astroGetEntry } from 'astro:content'

import { collectionKey, dayKey, derivedKey, derivedSymbol, entryKey, liveStoreSymbol, renderDepsSymbol, type DerivedRegistry, type LiveStore } from '../../cms/constants/liveStore'

/**
 * Every page reads content through these functions rather than astro:content's, for two reasons:
 * - the publisher's renderer (cms/publishing/render/) renders pages on demand from a live content store it puts on a
 *   global; without it (the static build, the preview) they read Astro's content layer as before;
 * - each read records what the page depends on in the renderer's per-render Set, so a publication re-renders only the
 *   pages that read what changed (dependencies recorded at render time, not guessed).
 * Entries come back sorted by id in both cases, so a list that does not sort itself still renders the same bytes
 * whichever source fed it (a full build and an incremental one must agree byte for byte).
 */

type Global = { [liveStoreSymbol]?: LiveStore; [renderDepsSymbol]?: AsyncLocalStorage<Set<string>>; [derivedSymbol]?: DerivedRegistry }
const global = globalThis as Global

function record(key: string): void {
  global[renderDepsSymbol]?.getStore()?.add(key)
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** astro:content's getCollection, read from the live store when the renderer set one. */
export const getCollection = (async (collection: string, filter?: (entry: never) => unknown) => {
  record(collectionKey(collection))
  const live = global[liveStoreSymbol]
  const entries = live ? [...live.entries(collection)] : [...(await astroGetCollection(collection as never))]
  entries.sort(byId)
  return filter ? entries.filter((e) => filter(e as never)) : entries
}) as typeof astroGetCollection

/** astro:content's getEntry(collection, id) (or a reference { collection, id }), read from the live store when set. */
export const getEntry = (async (collectionOrRef: string | { collection: string; id?: string; slug?: string }, maybeId?: string) => {
  const collection = typeof collectionOrRef === 'string' ? collectionOrRef : collectionOrRef.collection
  const id = typeof collectionOrRef === 'string' ? maybeId! : (collectionOrRef.id ?? collectionOrRef.slug!)
  // Recorded present or absent: a page that found nothing must be rendered again when the entry appears.
  record(entryKey(collection, id))
  const live = global[liveStoreSymbol]
  if (live) return live.get(collection, id)
  return astroGetEntry(collection as never, id as never)
}) as typeof astroGetEntry

const romeDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' })

/**
 * Today in the municipality's time zone: its date ("2026-12-04") and the instant it began. Pages compare with the start
 * of the day, never with the current instant, so two renders on the same day give the same bytes; the page is recorded
 * as depending on the day, and the renderer renders it again when the day changes.
 */
export function today(now = new Date()): { date: string; start: Date } {
  record(dayKey)
  const date = romeDay.format(now)
  const [year, month, day] = date.split('-').map(Number)
  return { date, start: new Date(new TZDate(year!, month! - 1, day!, 'Europe/Rome').getTime()) }
}

/**
 * A value computed from the store that a page shows whole (one page of the news archive): the page records the value's
 * key, not the collections read to compute it, so it is rendered again only when that value changes — a new news item
 * changes the newest archive page, not every one. The function is registered for the renderer when the module defining
 * it loads (the renderer's path list loads every such module), so the renderer can compute it again with new content
 * and compare, even before any page using it was rendered in its process; it must depend on nothing but the store and
 * its argument. Returns the function pages call.
 */
export function derived<T>(name: string, compute: (arg: string) => Promise<T>): (arg: string) => Promise<T> {
  ;(global[derivedSymbol] ??= new Map()).set(name, compute)
  return (arg) => {
    record(derivedKey(name, arg))
    const recorder = global[renderDepsSymbol]
    // What compute reads is the derived value's business, not the page's: recorded into a set nobody reads.
    return recorder && recorder.getStore() ? recorder.run(new Set(), () => compute(arg)) : compute(arg)
  }
}

const memos = new WeakMap<object, Map<string, unknown>>()

/**
 * A result computed from a whole collection, kept while the live store's entries of that collection are the same
 * array (the publisher's store gives the same array until the collection changes): five hundred archive pages sort
 * the news once, not five hundred times. Without a live store nothing is kept.
 */
export async function memoOver<T>(collection: string, name: string, compute: () => Promise<T>): Promise<T> {
  const live = global[liveStoreSymbol]
  if (!live) return compute()
  record(collectionKey(collection))
  const owner = live.entries(collection)
  let byName = memos.get(owner)
  if (!byName) memos.set(owner, (byName = new Map()))
  // The promise is kept, not its value: pages rendered at once share one computation instead of each starting its own.
  if (!byName.has(name)) byName.set(name, compute())
  return (await byName.get(name)) as T
}
