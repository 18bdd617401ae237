import type { AsyncLocalStorage } from 'node:async_hooks'

import { TZDate } from '@date-fns/tz'
import { getCollection as astroGetCollection, getEntry as astroGetEntry } from 'astro:content'

import { collectionKey, dayKey, entryKey, liveStoreSymbol, renderDepsSymbol, type LiveStore } from '../../cms/constants/liveStore'

/**
 * Every page reads content through these functions rather than astro:content's, for two reasons:
 * - the publisher's renderer (cms/publishing/render/) renders pages on demand from a live content store it puts on a
 *   global; without it (the static build, the preview) they read Astro's content layer as before;
 * - each read records what the page depends on in the renderer's per-render Set, so a publication re-renders only the
 *   pages that read what changed (dependencies recorded at render time, not guessed).
 * Entries come back sorted by id in both cases, so a list that does not sort itself still renders the same bytes
 * whichever source fed it (a full build and an incremental one must agree byte for byte).
 */

type Global = { [liveStoreSymbol]?: LiveStore; [renderDepsSymbol]?: AsyncLocalStorage<Set<string>> }
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
