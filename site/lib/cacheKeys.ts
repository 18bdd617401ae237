import { createHash } from 'node:crypto'

import type { CollectionKey } from 'astro:content'

import { getCollection, getEntry } from './store'

/**
 * Cache keys for Astro's incremental build: a detail page is rendered again only when its key
 * changes. The key covers the page's own entry and every collection a detail page may read
 * (menus, offices, services, documents, settings…). News and events are left out: no detail page
 * shows other news or events, and they are what editors publish most, so publishing one news item
 * re-renders that page and the lists, not the whole site.
 */
const sharedCollections: CollectionKey[] = ['topics', 'offices', 'places', 'documents', 'services', 'pages', 'calendars', 'settings', 'homepage']

let shared: Promise<string> | undefined

function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url')
}

async function sharedDigest(): Promise<string> {
  shared ??= Promise.all(sharedCollections.map(async (c) => digestOf((await getCollection(c)).map((e) => [e.id, e.data])))).then(digestOf)
  return shared
}

/** The cache key of a detail page rendering `entry` (plus anything else that changes its output). */
export async function pageCacheKey(entry: { id: string; data: unknown }, ...extra: string[]): Promise<string> {
  return digestOf([entry.id, entry.data, await sharedDigest(), ...extra])
}

/**
 * getStaticPaths' answer for a route with one page per entry: the params (from site/lib/sitePaths.ts) and each page's
 * cache key. No props: the page reads its entry from Astro.params, as it must when rendered on request (a route's
 * props would be cached with its first render).
 */
export async function entryPathsWithKeys<C extends CollectionKey>(collection: C, params: { slug: string }[], ...extra: string[]) {
  return Promise.all(params.map(async (p) => ({ params: p, cacheKey: await pageCacheKey((await getEntry(collection, p.slug as never))!, ...extra) })))
}
