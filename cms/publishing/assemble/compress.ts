import { readFile, unlink } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
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

/** The Brotli and gzip bytes of one file's content, both computed on zlib's thread pool. */
export function compressTwins(data: Buffer, quality: number): Promise<[Buffer, Buffer]> {
  return Promise.all([
    brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gz(data, { level: 9 }),
  ])
}

/**
 * Writes the .br and .gz twins of the listed files only (paths relative to `dir`): the pages a publication wrote, not
 * the whole site. A file that is not compressible is skipped; one that is now below the minimum size loses the twins
 * it had (they would otherwise serve its old content); a listed file that does not exist loses its twins too. Twins
 * are replaced by rename, never written in place, since the folder may share inodes with the live build.
 * Idempotent: the same files give the same twins.
 */
export async function precompressFiles(dir: string, files: Iterable<string>): Promise<CompressTotals> {
  const totals: CompressTotals = { files: 0, bytes: 0, compressedBytes: 0, removedTwins: 0 }
  const listed = [...new Set(files)].filter((file) => compressibleExtensions.has(path.extname(file)))
  await runBounded(listed, compressConcurrency, async (relative) => {
    const file = inside(dir, relative)
    const data = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (!data || data.length < minCompressBytes) {
      for (const suffix of twinSuffixes) {
        await unlink(file + suffix).then(() => totals.removedTwins++, (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error
        })
      }
      return
    }
    const [br, gzipped] = await compressTwins(data, brotliQualityOf(path.relative(dir, file)))
    await Promise.all([writeFileAtomic(`${file}.br`, br), writeFileAtomic(`${file}.gz`, gzipped)])
    totals.files++
    totals.bytes += data.length
    totals.compressedBytes += br.length
  })
  return totals
}
