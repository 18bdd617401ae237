import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  TaskConfig,
} from 'payload'

import { settingsOf } from '../settings/cmsSettings'
import { publishSite, type SiteBuilder } from './publishSite'

export const publishTaskSlug = 'publishSite'
export const publishQueue = 'pubblicazione'

let builder: SiteBuilder | undefined
const maxWaitMs = 5_000

/**
 * Replaces the site builder of the publishing job (Astro by default). Tests of the queue use a
 * small builder that writes files, so they can check ordering and failures in milliseconds.
 */
export function setSiteBuilder(next: SiteBuilder | undefined): void {
  builder = next
}

/**
 * The rebuild job on Payload's jobs queue. `exclusive` means two rebuilds never run at once, even
 * with several workers; `supersedes` means a newer request replaces a pending one, so a burst of
 * saves makes one build; `waitUntil` (set when queued) is the debounce.
 */
export const publishSiteTask: TaskConfig<'publishSite'> = {
  slug: publishTaskSlug,
  label: 'Pubblicazione del sito pubblico',
  retries: 0,
  inputSchema: [
    { name: 'reason', type: 'text', required: true },
    { name: 'since', type: 'date' },
    // Render every page: settings changed (every page shows them) or staff asked for it.
    { name: 'full', type: 'checkbox' },
  ],
  outputSchema: [
    { name: 'buildId', type: 'text' },
    { name: 'status', type: 'text' },
  ],
  concurrency: { key: () => 'sito-pubblico', exclusive: true, supersedes: true },
  // Job ids are reused once a finished job is deleted (SQLite), so the creation time goes with them.
  handler: async ({ input, job, req }) => {
    const build = await publishSite(req.payload, { outDir: settingsOf(req.payload).siteOut, reason: input.reason, builder, jobId: `${job.id}@${job.createdAt}`, full: Boolean(input.full) })
    return { output: { buildId: build.buildId ?? '', status: build.status } }
  },
}

/**
 * Asks for a rebuild of the public site. Runs inside the request's transaction, so a save that
 * rolls back queues nothing. The reasons of a pending request are kept in the new one.
 */
export async function requestSiteRebuild(req: PayloadRequest, reason: string, options: { full?: boolean } = {}): Promise<void> {
  const { payload } = req
  const { publishing, publishDebounceMs } = settingsOf(payload)
  if (req.context?.seeding || !publishing) return
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: publishTaskSlug } }, { processing: { equals: false } }, { completedAt: { exists: false } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    req,
  })
  const pending = docs[0]?.input as { reason?: string; since?: string; full?: boolean } | undefined
  const earlier = pending?.reason
  const reasons = earlier && !earlier.split('; ').includes(reason) ? `${earlier}; ${reason}` : (earlier ?? reason)
  // Each save postpones the build by the debounce, but never more than maxWaitMs after the first
  // pending request: an editor saving every few hundred milliseconds still sees the site change.
  const since = pending?.since ? new Date(pending.since).getTime() : Date.now()
  const waitUntil = Math.min(Date.now() + publishDebounceMs, since + maxWaitMs)
  await payload.jobs.queue({
    task: publishTaskSlug,
    queue: publishQueue,
    // A pending full build stays full when a later save supersedes it.
    input: { reason: reasons.slice(0, 500), since: new Date(since).toISOString(), full: Boolean(options.full || pending?.full) },
    waitUntil: new Date(waitUntil),
    req,
  })
}

type Labelled = { title?: unknown; alt?: unknown; slug?: unknown; id?: unknown }
const describe = (collection: string, doc: Labelled) => `${collection}: ${String(doc.title ?? doc.alt ?? doc.slug ?? doc.id)}`

/**
 * Hooks for a public collection: a rebuild when published content changes — publish, update of a
 * published document, unpublish, delete. Saving a draft of a never-published document changes
 * nothing on the site and queues nothing.
 */
export function rebuildOnPublish(options: { always?: boolean; notOnCreate?: boolean } = {}) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection, operation }) => {
    if (options.notOnCreate && operation === 'create') return doc
    const published = doc?._status === 'published' || previousDoc?._status === 'published'
    if (options.always || published) await requestSiteRebuild(req, describe(collection.slug, doc))
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
    if (options.always || doc?._status === 'published') await requestSiteRebuild(req, `${describe(collection.slug, doc)} (eliminato)`)
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

/** Hook for a global shown on every page (settings, home page). */
export const rebuildOnGlobalChange: GlobalAfterChangeHook = async ({ doc, req, global }) => {
  await requestSiteRebuild(req, `impostazioni: ${global.slug}`, { full: global.slug === 'settings' })
  return doc
}
