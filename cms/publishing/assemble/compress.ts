import { readFile, unlink } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { Worker } from 'node:worker_threads'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { inside, runBounded, twinSuffixes, writeFileAtomic } from './files'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

/** The kinds of file the server sends compressed (text; images and fonts are compressed already). */
export const compressibleExtensions = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest', '.pf_meta'])
/** Below this a compressed response saves less than its headers cost. */
export const minCompressBytes = 1024

/**
 * The Brotli quality of a file: fingerprinted assets under `_astro/` are compressed once and cached for a year, so they
 * get the maximum; pages get 5, which on our HTML is within 1% of 9 at a twentieth of the time.
 */
export const brotliQualityOf = (file: string) => (file.includes(`${path.sep}_astro${path.sep}`) || file.startsWith(`_astro${path.sep}`) ? 11 : 5)

/**
 * How many files are compressed at once. zlib's asynchronous calls run on libuv's thread pool (4 threads by default),
 * so a few files in flight keep both cores busy with no worker_threads of our own; more only queue (measured in
 * README.md here).
 */
export const compressConcurrency = 4

export type CompressTotals = { files: number; bytes: number; compressedBytes: number; removedTwins: number }
const noTotals = (): CompressTotals => ({ files: 0, bytes: 0, compressedBytes: 0, removedTwins: 0 })

/**
 * The Brotli bytes of one file's content (none when `quality` is null), and its gzip bytes when asked, computed on
 * zlib's thread pool. The compiled site's files (assets and public files, compressed once per template change:
 * compile.ts) and the derived ones (media, service worker) get both twins, the sitemap gzip alone (renderSite); what a
 * publication writes by the thousand (pages, search files) gets Brotli alone, which every browser takes, and the rare
 * client without it is sent gzip made on request (the public server and nginx). A gzip twin at level 9 cost as much
 * as the Brotli one and a third file per page (measured: 0.67 ms and 0.72 ms a page): 15% of a full build's CPU.
 */
export function compressTwins(data: Buffer, quality: number | null, withGzip: boolean): Promise<[Buffer | null, Buffer | null]> {
  return Promise.all([
    quality === null ? null : brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    withGzip ? gz(data, { level: 9 }) : null,
  ])
}

/**
 * Writes the .br twins (and .gz ones, with `gzip`: the compiled site's) of the listed files only (paths relative to
 * `dir`): the pages a publication wrote, not the whole site. A file that is not compressible is skipped; one that is
 * now below the minimum size loses the twins it had (they would otherwise serve its old content), as does a listed
 * file that does not exist; without `gzip`, a file loses the .gz twin it had, and with `brotli: false` its .br twin
 * (the sitemap: see renderSite). Twins are replaced by rename, never written in place, since the folder may share
 * inodes with the live build. Idempotent: the same files give the same twins.
 */
export async function precompressFiles(dir: string, files: Iterable<string>, options: { gzip?: boolean; brotli?: boolean } = {}): Promise<CompressTotals> {
  const totals = noTotals()
  const listed = [...new Set(files)].filter((file) => compressibleExtensions.has(path.extname(file)))
  await runBounded(listed, compressConcurrency, async (relative) => {
    const data = await readFile(inside(dir, relative)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    await compressInto(dir, relative, data, totals, options.gzip ?? false, options.brotli ?? true)
  })
  return totals
}

/** Twins for one file whose bytes are known (null: the file is gone), counted into `totals`. */
async function compressInto(dir: string, relative: string, data: Buffer | null, totals: CompressTotals, withGzip: boolean, withBrotli = true): Promise<void> {
  const file = inside(dir, relative)
  const remove = (suffix: string) =>
    unlink(file + suffix).then(() => totals.removedTwins++, (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  if (!data || data.length < minCompressBytes) {
    for (const suffix of twinSuffixes) await remove(suffix)
    return
  }
  const [br, gzipped] = await compressTwins(data, withBrotli ? brotliQualityOf(relative) : null, withGzip)
  await Promise.all([br ? writeFileAtomic(`${file}.br`, br) : remove('.br'), gzipped ? writeFileAtomic(`${file}.gz`, gzipped) : remove('.gz')])
  totals.files++
  totals.bytes += data.length
  totals.compressedBytes += (br ?? gzipped ?? data).length
}

/**
 * The writing thread: a file's own bytes (when asked), then its twins, written synchronously in a worker, so a full
 * build's thousands of files cost the compression itself and a few system calls each, on the core the renderer leaves
 * free, instead of a dozen promise round trips each on the main thread (measured: 7.2 s of CPU for 5,000 pages through
 * precompressFiles, about half of it file-system overhead). Every file is a new one renamed into place, temporary names
 * following writeFileAtomic's (dot first, `.tmp`).
 */
const workerSource = `
const { parentPort, threadId } = require('node:worker_threads')
const { brotliCompressSync, constants } = require('node:zlib')
const { mkdirSync, renameSync, unlinkSync, writeFileSync } = require('node:fs')
const path = require('node:path')
let counter = 0
parentPort.on('message', ({ id, file, data, write, quality }) => {
  const temporaries = []
  // Whether the file was new: a new file has no old twins.
  let fresh = false
  const put = (target, bytes) => {
    // A fresh folder's new file is written where it goes, with no temporary and rename (a full build's thousands of
    // files, in a folder nobody serves until it is complete); one already there may be a hard link shared with another
    // build, and is replaced by rename, never written in place.
    if (write) {
      try {
        writeFileSync(target, bytes, { flag: 'wx' })
        return true
      } catch (error) {
        if (error.code === 'ENOENT') {
          mkdirSync(path.dirname(target), { recursive: true })
          try {
            writeFileSync(target, bytes, { flag: 'wx' })
            return true
          } catch (again) {
            if (again.code !== 'EEXIST') throw again
          }
        } else if (error.code !== 'EEXIST') throw error
      }
    }
    const temporary = path.join(path.dirname(target), '.' + path.basename(target) + '.' + process.pid + '-z' + threadId + '-' + counter++ + '.tmp')
    temporaries.push(temporary)
    try {
      writeFileSync(temporary, bytes)
    } catch (error) {
      // The folder is made only when missing: one system call fewer for every other file.
      if (error.code !== 'ENOENT') throw error
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(temporary, bytes)
    }
    renameSync(temporary, target)
    return false
  }
  try {
    if (write) fresh = put(file, data)
    let compressedBytes = 0
    if (quality !== null) {
      const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })
      put(file + '.br', br)
      // Brotli alone (compressTwins): a gzip twin the file had, the compiled site's or an older build's, would serve old bytes.
      if (!fresh) try { unlinkSync(file + '.gz') } catch (error) { if (error.code !== 'ENOENT') throw error }
      compressedBytes = br.length
    }
    parentPort.postMessage({ id, compressedBytes })
  } catch (error) {
    for (const temporary of temporaries) try { unlinkSync(temporary) } catch {}
    parentPort.postMessage({ id, error: String(error) })
  }
})
`

type Pending = { resolve: (compressedBytes: number) => void; reject: (error: Error) => void }
type WritingThread = { worker: Worker; pending: Map<number, Pending>; next: number }

/**
 * How many writing threads share the files: a page's compression (~1.3 ms) and writes cost about as much as its
 * rendering on the main thread, so one thread fell behind the renderer (measured in the README's publishing figures).
 */
export const writingThreadCount = 2
const threads: (WritingThread | undefined)[] = new Array(writingThreadCount).fill(undefined)

/**
 * A process's writing thread, started on first use. It keeps the process alive exactly while it has work: a build
 * awaiting it is not cut short, an idle thread never holds a finished process open.
 */
function writingThread(slot: number): WritingThread {
  const running = threads[slot]
  if (running) return running
  // Plain CommonJS: none of the parent's loaders.
  const worker = new Worker(workerSource, { eval: true, execArgv: [] })
  const current: WritingThread = { worker, pending: new Map<number, Pending>(), next: 0 }
  worker.on('message', ({ id, compressedBytes, error }: { id: number; compressedBytes?: number; error?: string }) => {
    const waiting = current.pending.get(id)
    current.pending.delete(id)
    if (!current.pending.size) worker.unref()
    if (error !== undefined) waiting?.reject(new Error(`Scrittura non riuscita: ${error}`))
    else waiting?.resolve(compressedBytes!)
  })
  const fail = (error: Error) => {
    if (threads[slot] === current) threads[slot] = undefined
    for (const waiting of current.pending.values()) waiting.reject(error)
    current.pending.clear()
  }
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`Il thread di scrittura è terminato (${code})`)))
  // After the listeners: adding a 'message' listener refs the thread again.
  worker.unref()
  threads[slot] = current
  return current
}

/** The thread of a file: always the same one for the same path, so two writes of one file keep their order. */
function slotOf(file: string): number {
  let hash = 0
  for (let i = 0; i < file.length; i++) hash = (hash * 31 + file.charCodeAt(i)) | 0
  return Math.abs(hash) % writingThreadCount
}

/** One file for a writing thread: written when `write`, compressed when `quality` is a number. */
function onWritingThread(file: string, data: Buffer, write: boolean, quality: number | null): Promise<number> {
  const current = writingThread(slotOf(file))
  const id = current.next++
  return new Promise((resolve, reject) => {
    if (!current.pending.size) current.worker.ref()
    current.pending.set(id, { resolve, reject })
    current.worker.postMessage({ id, file, data, write, quality })
  })
}

/**
 * Files handed over one at a time, while the caller goes on: the renderer keeps the main thread busy rendering the
 * next pages while the writing thread compresses the last ones, so a full build uses both cores and never reads back
 * what it wrote.
 * - `add(file, data)`: a file the caller has just written gets its twins (precompressFiles without the reading: one
 *   now below the minimum size loses the twins it had);
 * - `write(file, data)`: a file of a fresh folder (a full build's page or search file) is written by the thread too,
 *   with its twins when it is compressible and large enough (and `twins` is not false); there are no old twins to remove.
 * `done()` waits for every file handed over and returns the totals (the first failure, if any, is thrown there).
 */
export function writeAlong(dir: string) {
  const totals = noTotals()
  const work: Promise<void>[] = []
  let failure: unknown
  const keep = (task: Promise<void>) => work.push(task.catch((error: unknown) => void (failure ??= error)))
  const toThread = (relative: string, data: Buffer, write: boolean, twins = true) => {
    const compress = twins && compressibleExtensions.has(path.extname(relative)) && data.length >= minCompressBytes
    if (!compress && !write) return
    keep(
      onWritingThread(inside(dir, relative), data, write, compress ? brotliQualityOf(relative) : null).then((compressedBytes) => {
        if (!compress) return
        totals.files++
        totals.bytes += data.length
        totals.compressedBytes += compressedBytes
      }),
    )
  }
  return {
    add(relative: string, data: Buffer): void {
      if (!compressibleExtensions.has(path.extname(relative))) return
      if (data.length < minCompressBytes) keep(compressInto(dir, relative, data, totals, false))
      else toThread(relative, data, false)
    },
    write(relative: string, data: Buffer, options: { twins?: boolean } = {}): void {
      toThread(relative, data, true, options.twins)
    },
    async done(): Promise<CompressTotals> {
      await Promise.all(work)
      if (failure) throw failure
      return totals
    },
  }
}
