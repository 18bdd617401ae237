import { createHash } from 'node:crypto'
import { readdirSync, rmSync, statSync, symlinkSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { derivedPrefix, derivedSymbol, entryKey, pathToFile, type DerivedRegistry, type LiveEntry } from '../../constants/liveStore'
import { mediaDir } from '../../env'
import { romeDayOf } from '../../practices/deadline'
import { settingsOf } from '../../settings/cmsSettings'
import { cloneBuild } from '../assemble/clone'
import { precompressFiles, writeAlong } from '../assemble/compress'
import { removeFiles, writeFileAtomic, writeFileIfChanged } from '../assemble/files'
import { syncMedia } from '../assemble/media'
import { readWorkerSource, writeServiceWorker } from '../assemble/serviceWorker'
import { htmlIsIndexable, writeSitemap } from '../assemble/sitemap'
import { indexSiteFull, patchSearchIndex, searchFileHasTwin } from '../search/searchIndex'
import { startFromLive } from './buildFolder'
import { openBundleRenderer, type BundleRenderer } from './bundleRenderer'
import { ensureCompiled, type CompiledSite } from './compile'
import { liveContentOf, type MemoryStore } from './liveContent'
import { readRecords, recordsFile, type RenderRecords } from './records'
import { writeStoreSnapshot } from './storeSnapshot'

/** What one render of the site did, for the build record ("Pubblicazioni del sito") and the benchmarks. */
export type RenderOutcome = {
  kind: 'completa' | 'incrementale'
  pages: number
  rendered: number
  removed: number
  changedPaths: string[]
  compileMs: number
  astroMs: number
  searchMs: number
  compressMs: number
  /** Writes the build's records: called once the build is live (or, outside the publisher, once it is complete). */
  afterSwap: () => Promise<void>
}

let lastRecords: RenderRecords | null = null

let session: { digest: string; renderer: BundleRenderer } | undefined

/** One renderer per compiled site per process: importing the bundle costs a second, rendering with it milliseconds. */
async function rendererFor(compiled: CompiledSite, publicUrl: string): Promise<BundleRenderer> {
  if (session?.digest === compiled.digest) return session.renderer
  const previous = session
  session = { digest: compiled.digest, renderer: await openBundleRenderer(compiled.serverDir, publicUrl) }
  await previous?.renderer.close()
  return session.renderer
}

/** Closes the renderer (end of a test or of the publisher). */
export async function closeRenderer(): Promise<void> {
  await session?.renderer.close()
  session = undefined
}

/**
 * Renders the public site into `dir` (a new build folder; dir/client is what is served).
 *
 * Incremental when the live build `previousDir` has records made with the same compiled site: the new folder starts
 * as a hard-link clone of the live one, and only the paths whose recorded dependencies changed (or that are new) are
 * rendered; paths the site no longer has are removed. Otherwise — templates changed, records missing or unreadable,
 * or `full` asked — every path is rendered into an empty folder. Either way the folder is complete before it is swapped in.
 */
export async function renderSite(payload: Payload, dir: string, previousDir: string | null, options: { full?: boolean } = {}): Promise<RenderOutcome> {
  const settings = settingsOf(payload)
  const compiled = await ensureCompiled(settings.publicUrl, { cacheDir: settings.astroCacheDir })
  const renderer = await rendererFor(compiled, settings.publicUrl)
  const started = performance.now()
  const store = await liveContentOf(payload)
  renderer.useStore(store)
  // The day the pages call "today" (upcoming versus past events).
  const today = romeDayOf(new Date())
  // Derived values (one archive page's items) are asked again of the compiled site's own functions.
  const derivedDigests = new Map<string, string>()
  const replacer = entryDigests(store, today)
  const digestNow = (key: string) => (key.startsWith(derivedPrefix) ? derivedDigests.get(key)! : store.digestOf(key, today))
  // The records this process wrote last are kept in memory; a build it did not write is read from its folder.
  const previous = !options.full && previousDir ? (lastRecords?.id === path.basename(previousDir) ? lastRecords : readRecords(previousDir)) : null
  const incremental = previous?.compiled === compiled.digest ? previous : null

  const clientDir = path.join(dir, 'client')
  if (incremental) await startFromLive(previousDir!, dir, incremental)
  else await cloneBuild(compiled.clientDir, clientDir)
  // The build's on-demand pages (preview, desk) run the same compiled server as the renderer.
  rmSync(path.join(dir, 'server'), { recursive: true, force: true })
  symlinkSync(compiled.serverDir, path.join(dir, 'server'))

  const paths = await renderer.paths()
  const current = new Set(paths)
  let toRender: string[]
  let gone: string[] = []
  let changedKeys = new Set<string>()
  if (incremental) {
    await computeDerived(Object.keys(incremental.digests), derivedDigests, replacer)
    changedKeys = new Set(Object.entries(incremental.digests).filter(([key, digest]) => digestNow(key) !== digest).map(([key]) => key))
    toRender = paths.filter((p) => {
      const record = incremental.pages[p]
      return !record || record.deps.some((key) => changedKeys.has(key))
    })
    gone = Object.keys(incremental.pages).filter((p) => !current.has(p))
  } else {
    toRender = paths
  }

  const pages: RenderRecords['pages'] = incremental ? { ...incremental.pages } : {}
  for (const p of gone) delete pages[p]
  const written: string[] = []
  // Pages are written and compressed on the writing thread while the next ones render. A full build hands every page
  // over (its fresh folder has nothing to compare with) and keeps them in memory for what reads them before the thread
  // is done (the search index, the service worker's shell); an incremental one writes here, at once, only what differs
  // from the live build, and hands over the compression.
  const compression = writeAlong(clientDir)
  const inMemory = new Map<string, Buffer>()
  const results = await renderer.render(toRender, async (result) => {
    const file = pathToFile(result.path)
    // The not-found page answers 404 by design; any other page answering 404 was deleted while listed.
    const expected = file === '404.html' ? 404 : 200
    if (result.status === 404 && expected === 200) {
      if (pages[result.path]) gone.push(result.path)
      delete pages[result.path]
      return
    }
    if (result.status !== expected) throw new Error(`La pagina ${result.path} non è stata generata (${result.status}): ${result.body.toString().slice(0, 1000)}`)
    pages[result.path] = { deps: result.deps, indexable: !file.endsWith('.html') || htmlIsIndexable(result.body.toString()) }
    if (!incremental) {
      compression.write(file, result.body)
      inMemory.set(file, result.body)
    } else {
      if (!(await writeFileIfChanged(path.join(clientDir, file), result.body))) return
      compression.add(file, result.body)
    }
    written.push(file)
  })
  const removedFiles = gone.map(pathToFile)
  await removeFiles(clientDir, removedFiles)
  const astroDone = performance.now()

  // Derived files: media, sitemap and service worker are rewritten only when their bytes change.
  const media = await syncMedia(mediaDir(settings.dataDir), clientDir)
  const sitemap = await writeSitemap(clientDir, settings.publicUrl, Object.entries(pages).filter(([p, r]) => r.indexable && p.endsWith('/')).map(([p]) => p))
  const worker = await writeServiceWorker(clientDir, await readWorkerSource(compiled.dir), inMemory)
  const derived = [...media.copied, ...sitemap.written, ...worker]
  const searchStarted = performance.now()
  const htmlChanged = written.filter((f) => f.endsWith('.html'))
  const patched = incremental ? await patchSearchIndex(clientDir, htmlChanged, removedFiles.filter((f) => f.endsWith('.html'))) : null
  // A full index is a fresh folder: its files go to the writing thread as they are made, with no twins to remove.
  if (!patched) await indexSiteFull(clientDir, { pages: inMemory, write: (file, data) => compression.write(file, data, { twins: searchFileHasTwin(file) }) })
  const searchWritten = patched ? filesUnder(clientDir, patched.files) : []
  const searchChanged = patched ? [...searchWritten, ...patched.removedFiles] : []
  const searchDone = performance.now()
  // The compiled assets came with their twins (compile.ts); what this build wrote gets its own.
  // The few derived files (media, service worker) keep a gzip twin as the compiled site's files do: the service
  // worker's script is fetched by the browser's own update check, which is served the twin as before. The sitemap, read
  // by crawlers and rewritten by every publication that adds a page, gets a gzip twin alone: its Brotli twin cost
  // 40–100 ms a publication at 20,000 URLs (1.8 MB), gzip 9 about 10 ms, and crawlers take gzip.
  await precompressFiles(clientDir, [...media.copied, ...worker], { gzip: true })
  await precompressFiles(clientDir, sitemap.written, { gzip: true, brotli: false })
  await precompressFiles(clientDir, searchWritten.filter(searchFileHasTwin))
  await compression.done()
  const compressDone = performance.now()

  // Every key a page read, with the digest it has now. An incremental build starts from its base's digests and updates
  // what changed and what the pages it rendered read (every page reading a changed key was rendered again), instead of
  // walking the dependencies of every page of the site; a key no page reads any more lingers until the next full build.
  await computeDerived(results.flatMap((r) => r.deps), derivedDigests, replacer)
  const digests: Record<string, string> = incremental ? { ...incremental.digests } : {}
  for (const key of changedKeys) digests[key] = digestNow(key)
  for (const result of results) for (const key of result.deps) digests[key] = digestNow(key)
  lastRecords = null
  await writeStoreSnapshot(dir, store, incremental ? previousDir : null)
  const changedFiles = [...written, ...removedFiles, ...derived, ...media.removed, ...sitemap.removed, ...searchChanged]
  const records: RenderRecords = { version: 1, id: path.basename(dir), base: incremental ? path.basename(previousDir!) : null, changedFiles: incremental && !patched?.full ? changedFiles : null, compiled: compiled.digest, day: today, pages, digests }
  return {
    // Written once the build is live: the next publication of this process reads them from memory, and a build left
    // without them (the process stopped first) only makes the next publication a full build. Renamed into place: the
    // folder may be a reused one whose old records must never be read half-written.
    afterSwap: async () => {
      await writeFileAtomic(recordsFile(dir), JSON.stringify(records))
      lastRecords = records
    },
    kind: incremental ? 'incrementale' : 'completa',
    pages: Object.keys(pages).length,
    rendered: results.length,
    removed: gone.length,
    changedPaths: [...written, ...removedFiles],
    compileMs: compiled.ms,
    astroMs: Math.round(astroDone - started),
    searchMs: Math.round(searchDone - searchStarted),
    compressMs: Math.round(compressDone - searchDone),
  }
}

/** The files a list names, a folder standing for every file under it (paths relative to `dir`). */
function filesUnder(dir: string, entries: string[]): string[] {
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry)
    const stats = statSync(full, { throwIfNoEntry: false })
    if (!stats?.isDirectory()) return [entry]
    return readdirSync(full, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
  })
}

/**
 * The digests of derived keys (`derive:<name>:<arg>`), by calling the function the compiled site registered under that
 * name with the current content. The functions register when their modules load, which listing the site's paths does
 * (site/lib/store.ts, derived); one still unknown would give a digest that matches nothing, so its pages would be
 * rendered again: never stale, only slower.
 */
async function computeDerived(keys: Iterable<string>, into: Map<string, string>, replacer: (this: unknown, key: string, value: unknown) => unknown): Promise<void> {
  const registry = (globalThis as Record<symbol, DerivedRegistry | undefined>)[derivedSymbol]
  for (const key of keys) {
    if (!key.startsWith(derivedPrefix) || into.has(key)) continue
    const rest = key.slice(derivedPrefix.length)
    const colon = rest.indexOf(':')
    const compute = registry?.get(rest.slice(0, colon))
    into.set(key, compute ? createHash('sha256').update(JSON.stringify((await compute(rest.slice(colon + 1))) ?? null, replacer)).digest('base64url') : `sconosciuto-${Math.random()}`)
  }
}

/**
 * A derived value's entries hashed by the digest the store keeps for each (the same digest the pages' entry keys
 * use), not serialised again: an archive page's ten items cost ten lookups, and a publication hashes thousands of
 * derived values in milliseconds. Anything else is serialised as it is.
 */
function entryDigests(store: MemoryStore, today: string) {
  return function (this: unknown, _key: string, value: unknown): unknown {
    if (value && typeof value === 'object' && 'collection' in value && 'id' in value && 'data' in value) {
      const entry = value as LiveEntry
      const key = entryKey(entry.collection, entry.id)
      if (store.get(entry.collection, entry.id) === entry) return `#${key}#${store.digestOf(key, today)}`
    }
    return value
  }
}
