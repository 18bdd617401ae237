import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response'

import { liveStoreSymbol } from '../../cms/constants/liveStore'
import { readStoreSnapshot } from '../../cms/publishing/render/storeSnapshot'
import type { SiteRoot } from './serveSite'

type AstroHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void, locals: object) => Promise<void>
type NodeBindings = { incoming: IncomingMessage; outgoing: ServerResponse }

export type OnDemandOptions = {
  /** The text of the 503 when there is no Node response to write on (the app is not served by @hono/node-server). */
  unavailable?: string
  /** Whether Astro should see a GET whatever the method (a form's body was read already); default true. */
  asGet?: boolean
}

/**
 * Renders an on-demand page of the live build (a `prerender = false` route of site/pages/) with the
 * given locals, on the raw Node response, with the portal's security headers, never cached nor
 * indexed: the pages that show one person's data, and the preview of drafts (api/preview/renderPreview.ts).
 * The page sets its own status from the locals. The locals may be given as a function, run only when
 * there is a Node response to render on.
 */
export function onDemandRenderer(siteRoot: SiteRoot, headers: MiddlewareHandler, options: OnDemandOptions = {}) {
  const { unavailable = 'Pagina non disponibile', asGet = true } = options
  const handlers = new Map<string, Promise<AstroHandler>>()
  let baseHeaders: Promise<Headers> | undefined
  let storeOf: { dir: string; store: ReturnType<typeof readStoreSnapshot> } | undefined
  return async (c: Context, locals: object | (() => Promise<object>)): Promise<Response> => {
    const bindings = c.env as NodeBindings | undefined
    if (!bindings?.outgoing) return c.text(unavailable, 503)
    const pageLocals = typeof locals === 'function' ? await locals() : locals
    // The response is written by Astro on the raw Node response: give it our security headers first.
    baseHeaders ??= Promise.resolve(new Hono().use(headers).get('*', (h) => h.body(null)).request('/')).then((r) => r.headers)
    const { outgoing, incoming } = bindings
    for (const [name, value] of (await baseHeaders).entries()) outgoing.setHeader(name, value)
    outgoing.setHeader('Cache-Control', 'private, no-store')
    outgoing.setHeader('X-Robots-Tag', 'noindex')
    // The page renders what the server computed: a form's body was read already, Astro sees a GET
    // (the preview is a GET already and keeps its method).
    if (asGet) incoming.method = 'GET'
    const buildDir = path.dirname(siteRoot())
    const serverEntry = path.join(buildDir, 'server', 'entry.mjs')
    // The pages read the content of the build being served (its menus, lists, settings).
    if (storeOf?.dir !== buildDir) storeOf = { dir: buildDir, store: readStoreSnapshot(buildDir) }
    ;(globalThis as Record<symbol, unknown>)[liveStoreSymbol] = storeOf.store
    let handler = handlers.get(serverEntry)
    if (!handler) {
      handler = import(pathToFileURL(serverEntry).href).then((m: { handler: AstroHandler }) => m.handler)
      handlers.set(serverEntry, handler)
    }
    await (await handler)(incoming, outgoing, () => void (outgoing.headersSent || outgoing.writeHead(404).end()), pageLocals)
    return RESPONSE_ALREADY_SENT
  }
}
