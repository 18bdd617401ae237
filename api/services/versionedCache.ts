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
