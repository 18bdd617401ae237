import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { getMimeType } from 'hono/utils/mime'

/** A file of the built site held in memory with its precompressed variants. */
export type StaticFile = {
  body: Buffer
  br?: Buffer
  gzip?: Buffer
  etag: string
  contentType: string
}

/** The largest file kept in memory (variantResponse gzips on request only what the cache then keeps). */
export const maxCachedBytes = 512 * 1024
const maxCacheEntries = 4096

/**
 * Reads built files once and keeps small ones in memory. Built files never change in place: a
 * rebuild goes to a new folder, and entries are keyed by absolute path, so nothing goes stale.
 */
export class StaticFileCache {
  #entries = new Map<string, StaticFile | null>()

  /** The file at an absolute path, or null when it does not exist or is a folder. */
  get(file: string): StaticFile | null {
    const hit = this.#entries.get(file)
    if (hit !== undefined) return hit
    const loaded = loadFile(file)
    if (!loaded || loaded.body.length <= maxCachedBytes) this.#remember(file, loaded)
    return loaded
  }

  /** Forgets every file (after a new build went live). */
  clear(): void {
    this.#entries.clear()
  }

  /** True when the path is a folder (used to add the trailing slash). */
  isDirectory(dir: string): boolean {
    try {
      return statSync(dir).isDirectory()
    } catch {
      return false
    }
  }

  #remember(file: string, entry: StaticFile | null): void {
    if (this.#entries.size >= maxCacheEntries) {
      const oldest = this.#entries.keys().next().value
      if (oldest !== undefined) this.#entries.delete(oldest)
    }
    this.#entries.set(file, entry)
  }
}

function loadFile(file: string): StaticFile | null {
  let stats
  try {
    stats = statSync(file)
  } catch {
    return null
  }
  if (!stats.isFile()) return null
  const body = readFileSync(file)
  return {
    body,
    br: readOptional(`${file}.br`),
    gzip: readOptional(`${file}.gz`),
    etag: `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`,
    contentType: contentTypeOf(file),
  }
}

function readOptional(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

function contentTypeOf(file: string): string {
  const ext = path.extname(file)
  if (ext === '.webmanifest') return 'application/manifest+json'
  return getMimeType(file) ?? 'application/octet-stream'
}
