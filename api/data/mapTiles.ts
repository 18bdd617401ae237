import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Where the map's tiles come from and how long to wait for them. */
export type MapTileSource = {
  /** e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  template: string
  /** The folder tiles are kept in (under the data folder). */
  cacheDir: string
  /** Sent with every fetch: tile servers (OpenStreetMap's policy) want to know who asks. */
  userAgent: string
  timeoutMs?: number
  /** After a failed fetch, how long every miss is answered "no tile" without trying again (offline: fast 404s). */
  backoffMs?: number
  /** A kept tile older than this is fetched again (kept and served if the server does not answer). */
  maxAgeMs?: number
  fetch?: typeof fetch
}

const day = 86_400_000

/**
 * The map's background tiles, fetched by the server and kept on disk, so that browsers only ever
 * load them from the portal (its CSP allows no other host) and a network without internet still
 * serves what was fetched before. A tile that cannot be had is null: the map shows the reports anyway.
 */
export function mapTileStore({ template, cacheDir, userAgent, timeoutMs = 2500, backoffMs = 30_000, maxAgeMs = 30 * day, fetch: fetchTile = fetch }: MapTileSource) {
  const inFlight = new Map<string, Promise<Buffer | null>>()
  let failedAt = -Infinity

  async function download(z: number, x: number, y: number): Promise<Buffer | null> {
    if (Date.now() - failedAt < backoffMs) return null
    const url = template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y))
    try {
      const res = await fetchTile(url, { headers: { 'user-agent': userAgent, accept: 'image/png,image/*' }, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' })
      if (!res.ok || !res.headers.get('content-type')?.startsWith('image/')) {
        // A tile the server does not have is no sign of being offline; a server error is.
        if (res.status >= 500) failedAt = Date.now()
        return null
      }
      return Buffer.from(await res.arrayBuffer())
    } catch {
      failedAt = Date.now()
      return null
    }
  }

  async function load(z: number, x: number, y: number): Promise<Buffer | null> {
    const file = path.join(cacheDir, String(z), String(x), `${y}.png`)
    const kept = await readKept(file)
    if (kept && Date.now() - kept.mtimeMs < maxAgeMs) return kept.bytes
    const fresh = await download(z, x, y)
    if (!fresh) return kept?.bytes ?? null
    await mkdir(path.dirname(file), { recursive: true })
    // Written aside then renamed: a reader never sees half a tile.
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    await writeFile(temporary, fresh)
    await rename(temporary, file)
    return fresh
  }

  return {
    /** The tile's PNG bytes, or null when it is neither kept nor obtainable now. */
    tile(z: number, x: number, y: number): Promise<Buffer | null> {
      const key = `${z}/${x}/${y}`
      const pending = inFlight.get(key)
      if (pending) return pending
      const loading = load(z, x, y).finally(() => inFlight.delete(key))
      inFlight.set(key, loading)
      return loading
    },
  }
}

export type MapTileStore = ReturnType<typeof mapTileStore>

async function readKept(file: string): Promise<{ bytes: Buffer; mtimeMs: number } | null> {
  try {
    const [bytes, info] = await Promise.all([readFile(file), stat(file)])
    return { bytes, mtimeMs: info.mtimeMs }
  } catch {
    return null
  }
}
