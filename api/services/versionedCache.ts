/**
 * Answers computed once per version of the data and kept in process memory: a new version makes
 * every older entry useless, so they are dropped then. A small bound keeps odd filters from piling up.
 */
export function versionedCache<T>(maxEntries = 32) {
  const entries = new Map<string, Promise<T>>()
  let current = ''
  return {
    /** The answer for `key` at `version`, built by `build` the first time only (concurrent askers share it). */
    get(version: string, key: string, build: () => Promise<T>): Promise<T> {
      if (version !== current) {
        entries.clear()
        current = version
      }
      const hit = entries.get(key)
      if (hit) return hit
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!)
      const made = build()
      entries.set(key, made)
      // A failed build is not remembered: the next request tries again.
      made.catch(() => entries.get(key) === made && entries.delete(key))
      return made
    },
  }
}

/**
 * `read`, asked at most once per `ttlMs` (concurrent callers share the answer): the data version every
 * public read checks first, so that a busy map costs the database one cheap query a second, not one per
 * request. Answers may lag a change by up to `ttlMs`, far less than the browsers' own max-age.
 */
export function reusedFor<T>(read: () => Promise<T>, ttlMs: number): () => Promise<T> {
  if (ttlMs <= 0) return read
  let last: { at: number; value: Promise<T> } | null = null
  return () => {
    const now = Date.now()
    if (!last || now - last.at >= ttlMs) {
      const value = read()
      const entry = { at: now, value }
      last = entry
      // A failed read is not reused.
      value.catch(() => last === entry && (last = null))
    }
    return last.value
  }
}
