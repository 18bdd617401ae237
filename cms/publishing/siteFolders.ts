import { existsSync, mkdirSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'

/**
 * The layout of published sites under one output folder:
 *
 *   <out>/builds/<id>/client   one complete build per folder, never changed once live
 *   <out>/current -> builds/<id>   the live build, swapped atomically with rename(2)
 *
 * A visitor is served from the folder `current` points to, so a half-built or failed build is
 * never seen: the link moves only after a build has finished.
 */
export function siteFolders(outDir: string) {
  const buildsDir = path.join(outDir, 'builds')
  const currentLink = path.join(outDir, 'current')
  return {
    outDir,
    buildsDir,
    currentLink,
    /** Astro's cache (content store and incremental pages), kept from one build to the next. */
    cacheDir: path.join(outDir, 'cache'),
    /** The folder the public server serves: the live build's client files. */
    liveClientDir: path.join(currentLink, 'client'),
    /** A new, empty build folder with an id that sorts by time. */
    newBuildDir(now = new Date()): { id: string; dir: string } {
      mkdirSync(buildsDir, { recursive: true })
      const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '')
      let id = stamp
      for (let n = 2; existsSync(path.join(buildsDir, id)); n++) id = `${stamp}-${n}`
      return { id, dir: path.join(buildsDir, id) }
    },
    /** The id of the live build, or null before the first publication. */
    liveBuildId(): string | null {
      try {
        return path.basename(readlinkSync(currentLink))
      } catch {
        return null
      }
    },
    /** Makes a finished build live in one step: a new link renamed over the old one. */
    swapIn(id: string): void {
      const temporary = path.join(outDir, `.current-${process.pid}-${Date.now()}`)
      symlinkSync(path.join('builds', id), temporary)
      renameSync(temporary, currentLink)
    },
    /** Removes old builds, keeping the live one and the `keep` most recent. */
    prune(keep: number): string[] {
      if (!existsSync(buildsDir)) return []
      const live = this.liveBuildId()
      const ids = readdirSync(buildsDir).sort().reverse()
      const removed = ids.slice(keep).filter((id) => id !== live)
      for (const id of removed) rmSync(path.join(buildsDir, id), { recursive: true, force: true })
      return removed
    },
    discard(id: string): void {
      rmSync(path.join(buildsDir, id), { recursive: true, force: true })
    },
  }
}

export type SiteFolders = ReturnType<typeof siteFolders>

/**
 * The real folder behind a path that the publisher may swap, re-resolved at most every `refreshMs`,
 * so serving a file costs no extra system call and a new build is live within that time.
 */
export function resolvedFolder(dir: string, refreshMs = 250): () => string {
  let resolved = dir
  let checkedAt = 0
  return () => {
    const now = Date.now()
    if (now - checkedAt >= refreshMs) {
      checkedAt = now
      try {
        resolved = realpathSync(dir)
      } catch {
        resolved = dir
      }
    }
    return resolved
  }
}
