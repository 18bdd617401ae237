import type { MiddlewareHandler } from 'hono'
import type { CollectionSlug, Payload } from 'payload'

import { type PreviewSecrets, verifyPreviewToken } from '../../cms/publishing/previewLink'
import { mappings } from '../../site/loaders/collections'
import { schemas } from '../../site/loaders/schemas'
import { previewableCollections, type PreviewLocals } from '../../site/lib/preview'
import { onDemandRenderer } from '../static/onDemandPage'
import type { SiteRoot } from '../static/serveSite'

/**
 * GET /anteprima/?t=<signed link>: a draft rendered by the live build's own page component
 * (Astro's on-demand route site/pages/anteprima.astro), so staff see it exactly as it will be
 * published. Without a valid link the page says so with a 404; nothing is cached or indexed.
 */
export function previewRoute(deps: { payload: Payload; siteRoot: SiteRoot; headers: MiddlewareHandler; secrets: PreviewSecrets }): MiddlewareHandler {
  const render = onDemandRenderer(deps.siteRoot, deps.headers, { unavailable: 'Anteprima non disponibile', asGet: false })
  return (c) =>
    render(c, async () => {
      const locals: PreviewLocals = {}
      const target = await verifyPreviewToken(deps.secrets, c.req.query('t') ?? '')
      if (target && (previewableCollections as readonly string[]).includes(target.collection)) {
        const collection = target.collection as (typeof previewableCollections)[number]
        const mapping = mappings[collection]
        const doc = await deps.payload.findByID({
          collection: collection as CollectionSlug, id: target.id, draft: true, depth: 2, disableErrors: true, populate: mapping.populate as never,
        })
        const parsed = doc ? schemas[collection].safeParse(mapping.toData(doc as never)) : undefined
        if (doc && parsed?.success) locals.preview = { collection, entry: { id: mapping.idOf(doc as never), collection, data: parsed.data } }
      }
      return locals
    })
}
