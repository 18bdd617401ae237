/**
 * The contract between the compiled site (site/lib/store.ts, inside Astro's server bundle) and the publisher's
 * renderer (cms/publishing/render/), which run in one process: the renderer puts the published content on a global
 * and asks the bundle to render pages; the pages read the content through site/lib/store.ts, which records what each
 * page read, so the renderer knows which pages a change touches (dependencies recorded at render time, not guessed).
 */

/** Where the renderer puts the live content store (a LiveStore). */
export const liveStoreSymbol = Symbol.for('sportello.contentStore')

/** Where the renderer puts the AsyncLocalStorage<Set<string>> that collects the dependency keys of one render. */
export const renderDepsSymbol = Symbol.for('sportello.renderDeps')

/** One published document as the pages see it (the shape of an Astro content entry). */
export type LiveEntry = { id: string; collection: string; data: Record<string, unknown> }

/** The published content, by collection and entry id (the slug, or the page path). */
export type LiveStore = {
  entries(collection: string): LiveEntry[]
  get(collection: string, id: string): LiveEntry | undefined
}

/** The dependency key of a page on a whole collection (it listed, counted or filtered it). */
export const collectionKey = (collection: string) => `${collection}:*`
/** The dependency key of a page on one entry (it read it by id, present or absent). */
export const entryKey = (collection: string, id: string) => `${collection}:${id}`
/** The dependency key of a page on today's date (Europe/Rome), e.g. upcoming versus past events. */
export const dayKey = 'clock:day'

/**
 * Where the compiled site registers its derived values: functions of an argument that compute, from the store, what a
 * page shows (one page of the news archive). A page that reads one records `derivedKey(name, arg)` instead of the
 * collections behind it, and the renderer asks the function again to know whether that page changed.
 */
export const derivedSymbol = Symbol.for('sportello.derived')
export type DerivedRegistry = Map<string, (arg: string) => unknown>
export const derivedPrefix = 'derive:'
export const derivedKey = (name: string, arg: string) => `${derivedPrefix}${name}:${arg}`

/** The bundle's route listing every path of the public site, answered only with `locals.sportelloRenderer === true`. */
export const pathsRoute = '/_sportello/percorsi.json'
export type PathsResponse = { paths: string[] }

/** The output file of a rendered path: `/a/` → `a/index.html`, `/404` → `404.html`, `/rss.xml` → `rss.xml`. */
export function pathToFile(pathname: string): string {
  if (pathname === '/404' || pathname === '/404/') return '404.html'
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '')
  return pathname.endsWith('/') ? `${relative}index.html` : relative
}
