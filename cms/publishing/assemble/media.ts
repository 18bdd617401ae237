import { constants, copyFile, mkdir, readdir, rename, stat, unlink, utimes } from 'node:fs/promises'
import path from 'node:path'

import { compressibleExtensions } from './compress'
import { removeFiles, runBounded, twinSuffixes } from './files'

/** The files under `dir` (relative paths), or none when it does not exist. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
}

export type MediaSync = { copied: string[]; removed: string[] }

/**
 * Makes `clientDir/media/` hold exactly the editors' public uploads in `mediaDir`, so the built site is
 * self-contained for a CDN (what copyMediaIntoSite in site/integrations/payloadBuild.ts does by copying everything at
 * the end of `astro build`). Only what changed is copied: a file whose size and modification time already match is
 * left alone (copies are given the upload's mtime for that), so a publication with no new upload costs a directory
 * walk. Uploads that were deleted are removed, with their .br/.gz twins; the twins of an upload that is still there are
 * kept (the full build precompresses media like any file).
 * Copied, not hard-linked: Payload may rewrite an upload's resized images in place, which through a shared inode would
 * change the live site outside the swap. Each copy is written beside and renamed over, as the folder may share inodes
 * with the live build. Idempotent. Returns the files copied and removed, relative to `clientDir` (`media/...`), so the
 * caller precompresses the copied ones and records both.
 */
export async function syncMedia(mediaDir: string, clientDir: string): Promise<MediaSync> {
  const target = path.join(clientDir, 'media')
  const [sources, present] = await Promise.all([listFiles(mediaDir), listFiles(target)])
  const wanted = new Set(sources)
  const presentSet = new Set(present)
  // A twin goes with its file: kept while the upload is, removed by removeFiles with it otherwise.
  const isTwin = (file: string) =>
    twinSuffixes.some((suffix) => {
      const base = file.slice(0, -suffix.length)
      return file.endsWith(suffix) && (wanted.has(base) || presentSet.has(base)) && compressibleExtensions.has(path.extname(base))
    })
  const copied: string[] = []
  await runBounded(sources, 16, async (file) => {
    const from = path.join(mediaDir, file)
    const to = path.join(target, file)
    const [source, current] = await Promise.all([stat(from), stat(to).catch(() => null)])
    // Within a millisecond: utimes takes seconds as a double, so the copy's mtime may differ from the upload's by a few ns.
    if (current && current.size === source.size && Math.abs(current.mtimeMs - source.mtimeMs) < 1) return
    await mkdir(path.dirname(to), { recursive: true })
    const temporary = path.join(path.dirname(to), `.${path.basename(to)}.${process.pid}-${copied.length}-${Date.now()}.tmp`)
    try {
      await copyFile(from, temporary, constants.COPYFILE_FICLONE)
      await utimes(temporary, source.atimeMs / 1000, source.mtimeMs / 1000)
      await rename(temporary, to)
    } catch (error) {
      await unlink(temporary).catch(() => {})
      throw error
    }
    copied.push(path.join('media', file))
  })
  const gone = present.filter((file) => !wanted.has(file) && !isTwin(file))
  await removeFiles(target, gone)
  return { copied: copied.sort(), removed: gone.map((file) => path.join('media', file)).sort() }
}
