import { copyFile, link, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { brotliQualityOf, compressConcurrency, compressibleExtensions as compressible, compressTwins, minCompressBytes as minBytes } from './assemble/compress'

/**
 * Writes .br and .gz next to every compressible file, so the server sends compressed bytes with no
 * work per request. The rules (which files, minimum size, Brotli quality by kind) are assemble/compress.ts's, shared
 * with the incremental publication so both give the same twins.
 */
export async function precompressFolder(dir: string, previousDir?: string | null): Promise<{ files: number; bytes: number; compressedBytes: number; reused: number }> {
  const files = await listFiles(dir)
  const totals = { files: 0, bytes: 0, compressedBytes: 0, reused: 0 }
  const queue = files.filter((f) => compressible.has(path.extname(f)))
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      const data = await readFile(file)
      if (data.length < minBytes) continue
      if (previousDir && (await reuseTwins(file, data, path.join(previousDir, path.relative(dir, file))))) {
        totals.reused++
        continue
      }
      const [br, gzipped] = await compressTwins(data, brotliQualityOf(file))
      // A full build writes into a new, empty folder: no inode is shared, so writing in place is safe (an assembled
      // build, which shares inodes with the live one, uses assemble/compress.ts's precompressFiles instead).
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)])
      totals.files++
      totals.bytes += data.length
      totals.compressedBytes += br.length
    }
  }
  await Promise.all(Array.from({ length: compressConcurrency }, worker))
  return totals
}

/**
 * When the previous build has the same file byte for byte, its compressed twins are linked
 * instead of compressed again (builds never change once written, so sharing is safe).
 */
async function reuseTwins(file: string, data: Buffer, previous: string): Promise<boolean> {
  const before = await readFile(previous).catch(() => null)
  if (!before || !before.equals(data)) return false
  try {
    for (const twin of ['.br', '.gz']) await link(previous + twin, file + twin).catch(() => copyFile(previous + twin, file + twin))
    return true
  } catch {
    return false
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}

/** Size of a file in bytes, or 0 when missing. */
export async function fileSize(file: string): Promise<number> {
  return stat(file).then((s) => s.size, () => 0)
}
