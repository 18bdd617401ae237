import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import lockfile from 'proper-lockfile'

import type { SiteBuild } from '../payload-types'
import { CommandError } from './runCommand'
import { siteFolders } from './siteFolders'

/** What a builder reports about the folder it filled. */
export type BuildOutcome = {
  pages: number
  astroMs?: number
  searchMs?: number
  compressMs?: number
  kind?: 'completa' | 'incrementale'
  rendered?: number
  removed?: number
  changedPaths?: string[]
  /** What the builder does once its folder is live (what only later publications need). */
  afterSwap?: () => Promise<void>
}

/**
 * Fills `outDir` with a complete site (outDir/client is what is served), or throws. The real one
 * renders with the compiled site only the pages a change touches (cms/publishing/render/renderSite.ts);
 * `previousDir` is the live build, `cacheDir` Astro's cache for compiling.
 */
export type SiteBuilder = (outDir: string, previousDir: string | null, cacheDir: string) => Promise<BuildOutcome>

export type PublishOptions = {
  outDir: string
  reason: string
  builder?: SiteBuilder
  /** The queue job asking for this build: a job claimed twice builds once. */
  jobId?: string
  /** Finished builds kept on disk besides the live one (for a quick manual rollback). */
  keep?: number
  /** Render every page, not only those whose content changed (asked from the admin, or after a code change). */
  full?: boolean
}

/**
 * Rebuilds the public site into a fresh folder and, only when the build succeeds, swaps it in
 * atomically. A failed build is discarded: the live site stays as it was and the error is
 * recorded in "Pubblicazioni del sito" for staff.
 *
 * Only one build runs at a time per output folder: the publishing job is exclusive on Payload's
 * queue, and a lock file in the output folder (held by this process, refreshed while it builds,
 * taken over if its holder died) makes a second publisher — in this process or another — wait.
 */
export async function publishSite(payload: Payload, options: PublishOptions): Promise<SiteBuild> {
  mkdirSync(options.outDir, { recursive: true })
  const release = await lockfile.lock(options.outDir, {
    lockfilePath: path.join(options.outDir, '.pubblicazione.lock'),
    stale: 30_000,
    update: 5_000,
    retries: { forever: true, minTimeout: 50, maxTimeout: 1_000, factor: 1.5 },
    onCompromised: (error) => payload.logger.error({ msg: 'Blocco della pubblicazione perso', err: error }),
  })
  try {
    return await publishLocked(payload, options)
  } finally {
    await release()
  }
}

async function publishLocked(payload: Payload, { outDir, reason, builder, jobId, keep = 3, full = false }: PublishOptions): Promise<SiteBuild> {
  if (jobId) {
    // Two workers can claim the same job where the database lets them race (PostgreSQL): the
    // second one finds the first one's build here, after waiting for the lock, and stops.
    const { docs } = await payload.find({ collection: 'site-builds', where: { jobId: { equals: jobId } }, limit: 1, depth: 0, pagination: false })
    if (docs[0]) return docs[0]
  }
  const folders = siteFolders(outDir)
  const started = new Date()
  const { id, dir } = folders.newBuildDir(started)
  const live = folders.liveBuildId()
  // Records are written outside any request transaction: a build takes seconds and must not hold locks.
  const record = await payload.create({
    collection: 'site-builds',
    data: { label: `Pubblicazione ${id}`, jobId, status: 'running', reason: reason.slice(0, 500), buildId: id, startedAt: started.toISOString() },
  })
  const finish = (data: Partial<SiteBuild>) =>
    payload.update({ collection: 'site-builds', id: record.id, data: { ...data, finishedAt: new Date().toISOString(), durationMs: Date.now() - started.getTime() } })
  try {
    const build: SiteBuilder = builder ?? (async (to, previous) => (await import('./render/renderSite')).renderSite(payload, to, previous, { full }))
    const outcome = await build(dir, live ? path.join(folders.buildsDir, live) : null, folders.cacheDir)
    folders.swapIn(id)
    // Live from here: a failure of what follows is logged, never a reason to discard the build.
    await outcome.afterSwap?.().catch((error: unknown) => payload.logger.error({ msg: `Pubblicazione ${id}: registro delle pagine non scritto, la prossima pubblicazione sarà completa`, err: error }))
    // After a full build, a spare copy for the next publication to start from (made in the background).
    if (outcome.kind === 'completa') (await import('./render/buildFolder')).makeSpare(dir)
    folders.prune(keep + 1)
    return await finish({
      status: 'succeeded', pages: outcome.pages, kind: outcome.kind, rendered: outcome.rendered, removed: outcome.removed,
      changedPaths: outcome.changedPaths?.slice(0, 500).join('\n'),
      timings: { astro: outcome.astroMs, search: outcome.searchMs, compress: outcome.compressMs },
    })
  } catch (error) {
    folders.discard(id)
    payload.logger.error({ msg: `Pubblicazione ${id} non riuscita`, err: error })
    return await finish({ status: 'failed', error: errorToText(error) })
  }
}

/** The message staff see for a failed build: what failed and the end of the build's output. */
function errorToText(error: unknown): string {
  if (error instanceof CommandError) return `${error.message}\n\n${error.output.trim()}`.slice(0, 8000)
  return (error instanceof Error ? error.message : String(error)).slice(0, 8000)
}
