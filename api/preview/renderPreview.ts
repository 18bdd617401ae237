import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { Hono, type MiddlewareHandler } from 'hono'
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response'
import type { CollectionSlug, Payload } from 'payload'

import { type PreviewSecrets, verifyPreviewToken } from '../../cms/publishing/previewLink'
import { mappings } from '../../site/loaders/collections'
import { schemas } from '../../site/loaders/schemas'
import { previewableCollections, type PreviewLocals } from '../../site/lib/preview'
import type { SiteRoot } from '../static/serveSite'

type AstroHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void, locals: PreviewLocals) => Promise<void>
type NodeBindings = { incoming: IncomingMessage; outgoing: ServerResponse }

/**
 * GET /anteprima/?t=<signed link>: a draft rendered by the live build's own page component
 * (Astro's on-demand route site/pages/anteprima.astro), so staff see it exactly as it will be
 * published. Without a valid link the page says so with a 404; nothing is cached or indexed.
 */
export function previewRoute(deps: { payload: Payload; siteRoot: SiteRoot; headers: MiddlewareHandler; secrets: PreviewSecrets }): MiddlewareHandler {
  const handlers = new Map<string, Promise<AstroHandler>>()
  let baseHeaders: Promise<Headers> | undefined
  return async (c) => {
    const bindings = c.env as NodeBindings | undefined
    if (!bindings?.outgoing) return c.text('Anteprima non disponibile', 503)
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
    // The response is written by Astro on the raw Node response: give it our security headers first.
    baseHeaders ??= Promise.resolve(new Hono().use(deps.headers).get('*', (h) => h.body(null)).request('/')).then((r) => r.headers)
    const { outgoing, incoming } = bindings
    for (const [name, value] of (await baseHeaders).entries()) outgoing.setHeader(name, value)
    outgoing.setHeader('Cache-Control', 'private, no-store')
    outgoing.setHeader('X-Robots-Tag', 'noindex')
    const serverEntry = path.join(path.dirname(deps.siteRoot()), 'server', 'entry.mjs')
    let handler = handlers.get(serverEntry)
    if (!handler) {
      handler = import(pathToFileURL(serverEntry).href).then((m: { handler: AstroHandler }) => m.handler)
      handlers.set(serverEntry, handler)
    }
    await (await handler)(incoming, outgoing, () => void (outgoing.headersSent || outgoing.writeHead(404).end()), locals)
    return RESPONSE_ALREADY_SENT
  }
}
