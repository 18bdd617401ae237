import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { searchEngine } from './engine'
import { extractPage, titleOf, type ExtractedPage } from './extractPage'

/**
 * The site search index, built in full from a built site folder or patched after a publication.
 *
 * Why not Pagefind any more: it has no incremental mode (a new word shifts every index chunk, its maintainers say),
 * so a publication had to index every page again, 4.8 s at 5,000 pages, growing with the archive. This index is cut
 * so that a change rewrites only what it touches (see ./engine.ts for the files):
 *  - page ids are stable: an edited page keeps its id, a new one takes the next, a removed one leaves a hole until
 *    the next full index; ids are grouped in blocks of `blockSize`, and each block has its own term files, so a
 *    page's change rewrites only the term files of its own block — a cost bounded by the block, not the archive;
 *  - term files are keyed by a term's first three letters, so a query word loads one small file per block;
 *  - the state a patch needs is kept in the build folder itself, so any publisher process can patch from the live
 *    build: each page's id in ricerca/stato/<bucket>.json (pages spread over 256 buckets by a digest of their path),
 *    and which term files hold a page follows from its fragment's text (the page's terms are exactly that text's);
 *    a missing or unreadable state means a full index.
 * Every file is written as a new file renamed into place: the previous build's files are hard links shared with the
 * live site and are never modified in place. Precompressed twins (.br, .gz) of a replaced or removed file are
 * removed, so the server cannot send a stale one; the assembly compresses the files listed in `files` again.
 */

export const indexFolder = 'ricerca'
/** Pages per id block: a patch rewrites term files of its pages' blocks only; a query word loads one file per block. */
export const defaultBlockSize = 4096
const stateBuckets = 256
const engine = searchEngine()

type Manifest = { v: number; pages: number; blocks: number; blockSize: number; next: number; perFile: number }
type Fragment = ReturnType<typeof fragmentOf>
/** The fragments of a group of ids (p/<n>.json): id → fragment. */
type FragmentFile = Record<string, Fragment>

/**
 * Page fragments per file (p/<n>.json holds ids n·perFile to n·perFile + perFile − 1). One file per page was a fifth of
 * a full build's new files; sixteen keep a query's ten shown results to at most ten small files (~8 kB gzipped each).
 */
export const fragmentsPerFile = 16
const fragmentFileOf = (root: string, n: number) => path.join(root, 'p', `${n}.json`)
/** term → [id, score] pairs, ids ascending. */
type Postings = Map<string, number[]>
/** The state of the pages of one bucket: page file → id (its fragment tells which term files hold it). */
type StateBucket = Record<string, number>

export type SearchState = { manifest: Manifest }

/** A page as the index holds it. */
type IndexedPage = { file: string; id: number; record: ExtractedPage; terms: Map<string, number> }

/**
 * The weighted terms of a page: term → score (see engine.postingScore), each word weighing as the element it sits
 * in. They are exactly the terms of the page's text as its fragment keeps it (p/<id>.json: the runs joined by
 * spaces), so a patch finds which term files hold a page from that file alone.
 */
function pageTerms(record: ExtractedPage): Map<string, number> {
  const weights = new Map<string, number>()
  for (const run of record.runs) for (const term of engine.terms(run.text)) weights.set(term, (weights.get(term) ?? 0) + run.weight)
  const inMeta = new Set(engine.terms(record.meta.sinonimi ?? ''))
  const scores = new Map<string, number>()
  for (const [term, weight] of weights) scores.set(term, engine.postingScore(weight, inMeta.has(term)))
  return scores
}

const fragmentOf = (record: ExtractedPage) => ({ u: record.url, t: record.title, x: record.text })

/**
 * Whether a file of the index (relative to the client folder) gets a precompressed twin: only the engine's script, which
 * every visit of the search page loads. The data files get none: the page fragments (one file for every sixteen pages,
 * loaded only for a query's shown results), the term files (a patch rewrites ~600 of them, a few hundred bytes to a few
 * kB each) and the state buckets (never read by a browser). Their twins were a fifth of a full build's new files and
 * half of a publication's, for bytes nobody waits on: nginx gzips them on request, and so does the public server
 * (variantResponse). On this kind of machine creating a file costs 0.03–0.7 ms of kernel time (ext4 without a journal
 * skips recently deleted inodes one by one), the largest and least steady part of writing a build.
 */
export const searchFileHasTwin = (relative: string) => !relative.startsWith(indexFolder + path.sep) || relative === path.join(indexFolder, 'motore.js')

/** The term file keys of a page, from its fragment's text (see pageTerms). */
const keysOfText = (text: string) => new Set(engine.terms(text).map(keyOf))

/** The compressed twins (.br, .gz) in the folders a patch writes to, listed once per folder. */
const twinsIn = new Map<string, Set<string>>()
function twinsOf(file: string): string[] {
  const dir = path.dirname(file)
  let names = twinsIn.get(dir)
  if (!names) {
    try {
      names = new Set(readdirSync(dir).filter((n) => n.endsWith('.br') || n.endsWith('.gz')))
    } catch {
      names = new Set()
    }
    twinsIn.set(dir, names)
  }
  const base = path.basename(file)
  return [`${base}.br`, `${base}.gz`].filter((n) => names.has(n)).map((n) => path.join(dir, n))
}

/** Writes a file as a new inode: a temporary file renamed over the old name, whose compressed twins go. */
function replaceFile(file: string, content: string | Buffer, written: Set<string>, clientDir: string): void {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, content)
  renameSync(temporary, file)
  for (const twin of twinsOf(file)) unlinkSync(twin)
  written.add(path.relative(clientDir, file))
}

function removeFile(file: string, removedFiles: Set<string>, clientDir: string): void {
  for (const f of [file, ...twinsOf(file)]) {
    try {
      unlinkSync(f)
    } catch {
      // Already gone.
    }
  }
  removedFiles.add(path.relative(clientDir, file))
}

/** Delta-encodes sorted [id, score] pairs: [idDelta, score, …] (smaller files, the browser adds up the deltas). */
function encode(pairs: number[]): number[] {
  const out = new Array<number>(pairs.length)
  let previous = 0
  for (let i = 0; i < pairs.length; i += 2) {
    out[i] = pairs[i]! - previous
    out[i + 1] = pairs[i + 1]!
    previous = pairs[i]!
  }
  return out
}

function decode(encoded: number[]): number[] {
  const out = new Array<number>(encoded.length)
  let id = 0
  for (let i = 0; i < encoded.length; i += 2) {
    id += encoded[i]!
    out[i] = id
    out[i + 1] = encoded[i + 1]!
  }
  return out
}

function serializeShard(postings: Postings): string {
  const terms = [...postings.keys()].sort()
  return `{${terms.map((t) => `${JSON.stringify(t)}:[${encode(postings.get(t)!).join(',')}]`).join(',')}}`
}

/** A term's file key, remembered: the same terms come back on every page. */
const keys = new Map<string, string>()
function keyOf(term: string): string {
  let key = keys.get(term)
  if (key === undefined) {
    key = engine.shardKey(term)
    if (keys.size > 500_000) keys.clear()
    keys.set(term, key)
  }
  return key
}

const stateBucketOf = (file: string) => createHash('sha1').update(file).digest('hex').slice(0, 2)
const posix = (file: string) => file.split(path.sep).join('/')

/** Whether a file of the site (relative, posix) is a page the index reads: HTML outside the index's own folder and Pagefind's. */
const isIndexedHtml = (file: string) => file.endsWith('.html') && !file.startsWith(`${indexFolder}/`) && !file.startsWith('pagefind/')

/** Every HTML file of the site the index reads, relative, sorted. */
function htmlFiles(clientDir: string): string[] {
  return readdirSync(clientDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => posix(path.relative(clientDir, path.join(e.parentPath, e.name))))
    .filter(isIndexedHtml)
    .sort()
}

/**
 * The search record of a page file. Only the part from the search body on is decoded (the head, header and menus
 * before it are most of a page's bytes), and the <title> only when the body has no h1.
 */
function readPage(clientDir: string, file: string, known?: Buffer): ExtractedPage | null {
  let bytes: Buffer
  try {
    bytes = known ?? readFileSync(path.join(clientDir, file))
  } catch {
    return null
  }
  const marker = bytes.indexOf('data-pagefind-body')
  if (marker < 0) return null
  const start = bytes.lastIndexOf('<', marker)
  const record = extractPage(bytes.toString('utf8', start), file)
  if (record && !record.title) record.title = titleOf(bytes.toString('utf8', 0, start))
  return record
}

/** Full index of a built site folder (client dir). Returns pages indexed. */
export async function indexSiteFull(
  clientDir: string,
  options: {
    blockSize?: number
    /** Bytes of pages in memory (posix path relative to clientDir → bytes), indexed without reading them from the disk (where they may not be yet). */
    pages?: Map<string, Buffer>
    /** Writes a file of the fresh index (path relative to clientDir); writeFileSync by default. */
    write?: (relative: string, data: Buffer) => void
  } = {},
): Promise<{ pages: number; state: SearchState }> {
  const blockSize = options.blockSize ?? defaultBlockSize
  const root = path.join(clientDir, indexFolder)
  const put = (file: string, text: string) => {
    if (options.write) options.write(path.relative(clientDir, file), Buffer.from(text))
    else writeFileSync(file, text)
  }
  // A fresh folder of new files: the old one may be hard links into the live build, so it is unlinked, not rewritten.
  rmSync(root, { recursive: true, force: true })
  const pages: IndexedPage[] = []
  // One list of [id, score] pairs per term over the whole site, in id order as pages come; cut into blocks and
  // term files when written.
  const postings = new Map<string, number[]>()
  const buckets = new Map<string, StateBucket>()
  // The pages on the disk and those still on their way there (a full build's writing thread): one sorted list.
  const known = [...(options.pages?.keys() ?? [])].filter(isIndexedHtml)
  for (const file of [...new Set([...htmlFiles(clientDir), ...known])].sort()) {
    const record = readPage(clientDir, file, options.pages?.get(file))
    if (!record) continue
    const page: IndexedPage = { file, id: pages.length, record, terms: pageTerms(record) }
    pages.push(page)
    for (const [term, score] of page.terms) {
      const list = postings.get(term)
      if (list) list.push(page.id, score)
      else postings.set(term, [page.id, score])
    }
    const bucket = stateBucketOf(file)
    if (!buckets.has(bucket)) buckets.set(bucket, {})
    buckets.get(bucket)![file] = page.id
  }
  const blocks = Math.max(1, Math.ceil(pages.length / blockSize))
  const shards = new Map<string, Postings>()
  for (const [term, pairs] of postings) {
    const key = keyOf(term)
    for (let i = 0; i < pairs.length; ) {
      const block = Math.floor(pairs[i]! / blockSize)
      let j = i
      while (j < pairs.length && Math.floor(pairs[j]! / blockSize) === block) j += 2
      const name = `${block}/${key}`
      const shard = shards.get(name) ?? shards.set(name, new Map()).get(name)!
      shard.set(term, i === 0 && j === pairs.length ? pairs : pairs.slice(i, j))
      i = j
    }
  }
  for (let b = 0; b < blocks; b++) mkdirSync(path.join(root, 't', String(b)), { recursive: true })
  mkdirSync(path.join(root, 'p'), { recursive: true })
  mkdirSync(path.join(root, 'stato'), { recursive: true })
  for (const [name, shard] of shards) put(path.join(root, 't', `${name}.json`), serializeShard(shard))
  const fragmentFiles = new Map<number, FragmentFile>()
  for (const page of pages) {
    const n = Math.floor(page.id / fragmentsPerFile)
    const file = fragmentFiles.get(n) ?? fragmentFiles.set(n, {}).get(n)!
    file[page.id] = fragmentOf(page.record)
  }
  for (const [n, file] of fragmentFiles) put(fragmentFileOf(root, n), JSON.stringify(file))
  for (let b = 0; b < stateBuckets; b++) {
    const bucket = b.toString(16).padStart(2, '0')
    put(path.join(root, 'stato', `${bucket}.json`), JSON.stringify(buckets.get(bucket) ?? {}))
  }
  const manifest: Manifest = { v: engine.version, pages: pages.length, blocks, blockSize, next: pages.length, perFile: fragmentsPerFile }
  put(path.join(root, 'motore.js'), engineModule())
  put(path.join(root, 'indice.json'), JSON.stringify(manifest))
  return { pages: pages.length, state: { manifest } }
}

/**
 * The engine as the browser imports it (/ricerca/motore.js): the same function the indexer runs. `__name` is
 * defined because some TypeScript runners wrap named functions in it to keep their names.
 */
export function engineModule(): string {
  return `// Generated from cms/publishing/search/engine.ts by the indexer: do not edit.\nconst __name = (f) => f;\nexport const engine = (${searchEngine.toString()})();\n`
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return null
  }
}

/**
 * Patch: nextClientDir is a hard-link clone of the previous build with `changed` page files (relative html paths
 * like 'notizie/x/index.html') rewritten and `removed` deleted. Updates nextClientDir's index without touching the
 * previous build's files in place. Falls back to a full index when the state is missing or unreadable.
 * `files` and `removedFiles` list what changed under the client dir (for precompression).
 */
export async function patchSearchIndex(nextClientDir: string, changed: string[], removed: string[]): Promise<{ pages: number; ms: number; full: boolean; files: string[]; removedFiles: string[] }> {
  const started = performance.now()
  const root = path.join(nextClientDir, indexFolder)
  const manifest = readJson<Manifest>(path.join(root, 'indice.json'))
  const full = async () => {
    const kept = manifest && Number.isInteger(manifest.blockSize) && manifest.blockSize > 0 ? manifest.blockSize : undefined
    const { pages } = await indexSiteFull(nextClientDir, { blockSize: kept })
    return { pages, ms: Math.round(performance.now() - started), full: true, files: [indexFolder], removedFiles: [] }
  }
  if (!manifest || manifest.v !== engine.version || !Number.isInteger(manifest.blockSize) || manifest.blockSize < 1 || !Number.isInteger(manifest.next)) return full()
  if (!Number.isInteger(manifest.perFile) || manifest.perFile < 1) return full()
  const blockSize = manifest.blockSize
  const perFile = manifest.perFile
  // The fragment files the patch reads or rewrites, each read once (null: missing or unreadable).
  const fragmentFiles = new Map<number, FragmentFile | null>()
  const fragmentFile = (n: number) => {
    if (!fragmentFiles.has(n)) {
      const loaded = readJson<FragmentFile>(fragmentFileOf(root, n))
      fragmentFiles.set(n, loaded && typeof loaded === 'object' ? loaded : null)
    }
    return fragmentFiles.get(n)!
  }

  const written = new Set<string>()
  const removedFiles = new Set<string>()
  twinsIn.clear()
  const buckets = new Map<string, StateBucket>()
  const bucketOf = (file: string): StateBucket | null => {
    const name = stateBucketOf(file)
    if (!buckets.has(name)) {
      // Every bucket is written, empty or not: one missing or unreadable means the state is lost.
      const loaded = readJson<StateBucket>(path.join(root, 'stato', `${name}.json`))
      if (!loaded || typeof loaded !== 'object') return null
      buckets.set(name, loaded)
    }
    return buckets.get(name)!
  }

  let pages = manifest.pages
  let next = manifest.next
  // Per block: the ids whose postings go, and the new postings by term file.
  const dropped = new Map<number, Set<number>>()
  const touchedKeys = new Map<number, Set<string>>()
  const added = new Map<number, Map<string, Postings>>()
  const fragments: { id: number; record: ExtractedPage }[] = []
  const goneIds: number[] = []
  // Only pages are indexed: other files a publication writes (feeds, sitemap, data) are passed over.
  const all = [...new Set([...changed.map(posix), ...removed.map(posix)])].filter((f) => f.endsWith('.html'))
  const removedSet = new Set(removed.map(posix))
  for (const file of all) {
    const bucket = bucketOf(file)
    if (!bucket) return full()
    const old = Object.hasOwn(bucket, file) ? bucket[file] : undefined
    const record = removedSet.has(file) ? null : readPage(nextClientDir, file)
    if (old !== undefined) {
      if (!Number.isInteger(old)) return full()
      const id = old
      const fragment = fragmentFile(Math.floor(id / perFile))?.[id]
      if (!fragment || typeof fragment.x !== 'string') return full()
      const keys = keysOfText(fragment.x)
      const block = Math.floor(id / blockSize)
      ;(dropped.get(block) ?? dropped.set(block, new Set()).get(block)!).add(id)
      const touched = touchedKeys.get(block) ?? touchedKeys.set(block, new Set()).get(block)!
      for (const key of keys) touched.add(key)
    }
    if (!record) {
      if (old !== undefined) {
        delete bucket[file]
        goneIds.push(old)
        pages--
      }
      continue
    }
    const id = old ?? next++
    if (old === undefined) pages++
    const block = Math.floor(id / blockSize)
    const blockAdded = added.get(block) ?? added.set(block, new Map()).get(block)!
    const touched = touchedKeys.get(block) ?? touchedKeys.set(block, new Set()).get(block)!
    for (const [term, score] of pageTerms(record)) {
      const key = keyOf(term)
      touched.add(key)
      const shard = blockAdded.get(key) ?? blockAdded.set(key, new Map()).get(key)!
      const list = shard.get(term) ?? shard.set(term, []).get(term)!
      list.push(id, score)
    }
    bucket[file] = id
    fragments.push({ id, record })
  }

  // Term files: each touched one read once, the touched pages' postings dropped, their new ones merged in order.
  for (const [block, keys] of touchedKeys) {
    const dir = path.join(root, 't', String(block))
    mkdirSync(dir, { recursive: true })
    const drop = dropped.get(block) ?? new Set<number>()
    const blockAdded = added.get(block)
    for (const key of keys) {
      const file = path.join(dir, `${key}.json`)
      const before = readJson<Record<string, number[]>>(file) ?? {}
      const shard: Postings = new Map()
      for (const term in before) {
        const pairs = decode(before[term]!)
        const kept: number[] = []
        for (let i = 0; i < pairs.length; i += 2) if (!drop.has(pairs[i]!)) kept.push(pairs[i]!, pairs[i + 1]!)
        if (kept.length) shard.set(term, kept)
      }
      for (const [term, pairs] of blockAdded?.get(key) ?? []) {
        const list = shard.get(term)
        if (!list) shard.set(term, sortPairs(pairs))
        else shard.set(term, sortPairs([...list, ...pairs]))
      }
      if (shard.size === 0) removeFile(file, removedFiles, nextClientDir)
      else replaceFile(file, serializeShard(shard), written, nextClientDir)
    }
  }

  // Fragment files: each touched one rewritten once with its pages' new fragments, without its removed pages.
  mkdirSync(path.join(root, 'p'), { recursive: true })
  const touchedFiles = new Set<number>()
  for (const { id, record } of fragments) {
    const n = Math.floor(id / perFile)
    const file = fragmentFile(n) ?? {}
    fragmentFiles.set(n, file)
    file[id] = fragmentOf(record)
    touchedFiles.add(n)
  }
  for (const id of goneIds) {
    const n = Math.floor(id / perFile)
    delete fragmentFile(n)?.[id]
    touchedFiles.add(n)
  }
  for (const n of touchedFiles) {
    // Integer keys serialise in id order, as a full index writes them.
    const file = fragmentFile(n) ?? {}
    if (Object.keys(file).length === 0) removeFile(fragmentFileOf(root, n), removedFiles, nextClientDir)
    else replaceFile(fragmentFileOf(root, n), JSON.stringify(file), written, nextClientDir)
  }
  mkdirSync(path.join(root, 'stato'), { recursive: true })
  for (const [name, bucket] of buckets) {
    replaceFile(path.join(root, 'stato', `${name}.json`), JSON.stringify(bucket), written, nextClientDir)
  }
  const nextManifest: Manifest = { ...manifest, pages, next, blocks: Math.max(manifest.blocks, Math.ceil(next / blockSize)) }
  replaceFile(path.join(root, 'indice.json'), JSON.stringify(nextManifest), written, nextClientDir)
  return { pages, ms: Math.round(performance.now() - started), full: false, files: [...written].sort(), removedFiles: [...removedFiles].sort() }
}

/** Sorts [id, score] pairs by id (a patch appends new ids; an edited page's id sits among the others). */
function sortPairs(pairs: number[]): number[] {
  if (pairs.length <= 2) return pairs
  const items: [number, number][] = []
  for (let i = 0; i < pairs.length; i += 2) items.push([pairs[i]!, pairs[i + 1]!])
  items.sort((a, b) => a[0] - b[0])
  return items.flat()
}

/** The searcher over a built folder's index, as the browser has it (for tests, benchmarks and checks). */
export function openSearch(clientDir: string) {
  return engine.createSearch(async (file: string) => {
    try {
      return JSON.parse(await readFile(path.join(clientDir, indexFolder, file), 'utf8')) as unknown
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  })
}
