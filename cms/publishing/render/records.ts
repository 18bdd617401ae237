import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * What a build recorded while rendering, kept in its folder (not served): for each path the dependency keys its page
 * read, and the digest every key had. The next publication compares the digests with the content it has now and
 * renders again only the paths that read something that changed.
 */
export type RenderRecords = {
  version: 1
  /** The build folder's id, and the id of the build it started from (null after a full build). */
  id: string
  base: string | null
  /** Files of client/ this build wrote or removed relative to its base (what catching that base up takes). */
  changedFiles: string[] | null
  /** The compiled site the pages were rendered with; another one means every page may differ. */
  compiled: string
  day: string
  pages: Record<string, { deps: string[]; indexable: boolean }>
  digests: Record<string, string>
}

export const recordsFile = (buildDir: string) => path.join(buildDir, 'render-records.json')

/**
 * The records of a build, or null when missing, unreadable or another build's (the caller then renders everything). A
 * folder taken over from an older build holds that build's records until its own are written, once it is live: a
 * process stopped in between leaves the live build with records that are not its own.
 */
export function readRecords(buildDir: string): RenderRecords | null {
  try {
    const records = JSON.parse(readFileSync(recordsFile(buildDir), 'utf8')) as RenderRecords
    return records.version === 1 && records.id === path.basename(buildDir) && records.pages && records.digests ? records : null
  } catch {
    return null
  }
}
