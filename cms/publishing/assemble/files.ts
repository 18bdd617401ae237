import { link, mkdir, readFile, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** The precompressed twins the server sends instead of a file (cms/publishing/precompress.ts writes them). */
export const twinSuffixes = ['.br', '.gz'] as const

let counter = 0

/** A temporary name beside `file`, unique in this process, which no page of the site can have (dot first, `.tmp`). */
const temporaryBeside = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${counter++}.tmp`)

/**
 * Writes `data` to `file` by writing a new file beside it and renaming it over the old one. A build folder cloned with
 * hard links (cloneBuild) shares its inodes with the live build: writing into the existing file would change the live
 * site under the visitors' feet, renaming a new inode over the name changes only this folder. The rename also means a
 * crash leaves the old file or the new one, never half of one, so a retry is always safe (idempotent).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = temporaryBeside(file)
  try {
    await writeFile(temporary, data)
    await rename(temporary, file)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
}

/**
 * writeFileAtomic, skipped when `file` already holds exactly `data`: for the few files every publication recomputes
 * (sitemap, sw.js) and which usually come out the same, so they are neither precompressed again nor counted as changed.
 * Returns whether it wrote.
 */
export async function writeFileIfChanged(file: string, data: string | Uint8Array): Promise<boolean> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data
  const before = await readFile(file).catch(() => null)
  if (before && before.equals(bytes)) return false
  await writeFileAtomic(file, bytes)
  return true
}

/**
 * Makes `to` the same inode as `from` (a hard link renamed into place), for files that did not change between two build
 * folders: no byte copied, and the old inode at `to` is left to whoever else links it. A no-op when they already are.
 */
export async function linkFileAtomic(from: string, to: string): Promise<void> {
  const [source, target] = await Promise.all([stat(from), stat(to).catch(() => null)])
  if (target && target.ino === source.ino && target.dev === source.dev) return
  await mkdir(path.dirname(to), { recursive: true })
  const temporary = temporaryBeside(to)
  try {
    await link(from, temporary)
    await rename(temporary, to)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
}

/** `relative` resolved inside `dir`, refusing a path that climbs out of it (a slug is content, not trusted). */
export function inside(dir: string, relative: string): string {
  const resolved = path.resolve(dir, relative.replace(/^\/+/, ''))
  if (resolved !== path.resolve(dir) && !resolved.startsWith(path.resolve(dir) + path.sep)) throw new Error(`${relative} is outside ${dir}`)
  return resolved
}

/**
 * Removes each of `files` (paths relative to `dir`) with its .br and .gz twins, then the folders they leave empty, up to
 * `dir` itself: an unpublished page `/notizie/x/` leaves no `notizie/x/` folder behind, which a full build would not
 * have either (the oracle compares folder trees). Unlinking only drops this folder's name, never the live build's file.
 * Missing files are fine, so calling it twice is the same as once. Returns how many files were removed.
 */
export async function removeFiles(dir: string, files: Iterable<string>): Promise<number> {
  let removed = 0
  const parents = new Set<string>()
  const gone = async (file: string) => {
    try {
      await unlink(file)
      removed++
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  await runBounded([...files], 32, async (relative) => {
    const file = inside(dir, relative)
    await Promise.all([gone(file), ...twinSuffixes.map((suffix) => gone(file + suffix))])
    parents.add(path.dirname(file))
  })
  await removeEmptyFolders(dir, parents)
  return removed
}

/** Removes the folders in `folders`, and then their parents, while they are empty; never `root` itself. */
export async function removeEmptyFolders(root: string, folders: Iterable<string>): Promise<void> {
  const top = path.resolve(root)
  // Deepest first, so a child is gone before its parent is tried.
  const queue = [...new Set([...folders].map((f) => path.resolve(f)))].sort((a, b) => b.length - a.length)
  for (const start of queue) {
    for (let folder = start; folder.startsWith(top + path.sep); folder = path.dirname(folder)) {
      try {
        await rmdir(folder)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOTEMPTY' || code === 'EEXIST') break
        if (code !== 'ENOENT') throw error
      }
    }
  }
}

/** Runs `work` over `items` with at most `limit` at a time (file system calls go to libuv's 4 threads). */
export async function runBounded<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
