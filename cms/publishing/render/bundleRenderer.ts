import { AsyncLocalStorage } from 'node:async_hooks'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { liveStoreSymbol, pathsRoute, renderDepsSymbol, type LiveStore, type PathsResponse } from '../../constants/liveStore'

type AstroHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void, locals: object) => Promise<void>

/** One rendered path: its status, its bytes and the dependency keys the page read while rendering. */
export type RenderedPath = { path: string; status: number; body: Buffer; deps: string[] }

const globals = globalThis as unknown as Record<symbol, unknown>

/** The recorder the compiled pages write their dependency keys into (one per process, shared with the bundle). */
function recorder(): AsyncLocalStorage<Set<string>> {
  globals[renderDepsSymbol] ??= new AsyncLocalStorage<Set<string>>()
  return globals[renderDepsSymbol] as AsyncLocalStorage<Set<string>>
}

/**
 * The request the compiled site's handler reads: what `createRequestFromNodeRequest` of @astrojs/node takes from a
 * Node request (method, URL, headers, the socket's address). No socket exists, so nothing is parsed or sent.
 */
function renderRequest(pathname: string, site: URL) {
  return {
    method: 'GET',
    // The not-found page's route is /404/ (trailingSlash 'always'); the site lists it as /404.
    url: encodeURI(decodeURI(pathname === '/404' ? '/404/' : pathname)),
    headers: { host: site.host, 'x-forwarded-proto': site.protocol.replace(':', '') },
    socket: { remoteAddress: '127.0.0.1', encrypted: site.protocol === 'https:' },
    once() {},
  }
}

/** The response the handler writes into: its status and body bytes, collected in memory. */
function renderResponse(done: (status: number, body: Buffer) => void, failed: (error: unknown) => void) {
  const chunks: Uint8Array[] = []
  const response = {
    statusCode: 200,
    statusMessage: '',
    headersSent: false,
    writeHead(status: number) {
      response.statusCode = status
      response.headersSent = true
      return response
    },
    write(chunk: Uint8Array | string) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
      return true
    },
    end(chunk?: Uint8Array | string) {
      if (chunk !== undefined) response.write(chunk)
      done(response.statusCode, Buffer.concat(chunks))
      return response
    },
    destroy(error?: unknown) {
      failed(error ?? new Error('resa interrotta'))
    },
    on() { return response },
    off() { return response },
    removeListener() { return response },
  }
  return response
}

/**
 * Renders pages with the compiled site (Astro's server bundle, every route on demand) in this process, calling the
 * bundle's Node handler directly with a request for the path, as the public server would for a browser, without a
 * socket in between (a loopback HTTP server cost ~15% of a full build in parsing and socket writes). The host the page
 * sees is the public URL's, so canonical links and absolute URLs are the published ones.
 */
export async function openBundleRenderer(serverDir: string, publicUrl: string) {
  const { handler } = (await import(pathToFileURL(path.join(serverDir, 'entry.mjs')).href)) as { handler: AstroHandler }
  const als = recorder()
  const site = new URL(publicUrl)

  const fetchPath = (pathname: string): Promise<RenderedPath> =>
    new Promise((resolve, reject) => {
      const seen = new Set<string>()
      const res = renderResponse((status, body) => resolve({ path: pathname, status, body, deps: [...seen].sort() }), reject)
      const req = renderRequest(pathname, site)
      als.run(seen, () => {
        handler(req as unknown as IncomingMessage, res as unknown as ServerResponse, () => void (res.headersSent || res.writeHead(404).end()), { sportelloRenderer: true }).catch(
          (error: unknown) => {
            if (!res.headersSent) res.writeHead(500)
            res.end(String(error))
          },
        )
      })
    })

  return {
    /** Puts the content the pages read (the bundle reads it from this global). */
    useStore(store: LiveStore): void {
      globals[liveStoreSymbol] = store
    },
    /** Every path of the public site, as the compiled site enumerates it. */
    async paths(): Promise<string[]> {
      const res = await fetchPath(pathsRoute)
      if (res.status !== 200) throw new Error(`Elenco delle pagine non disponibile (${res.status}): ${res.body.toString().slice(0, 500)}`)
      return (JSON.parse(res.body.toString()) as PathsResponse).paths
    },
    /**
     * Renders the paths, `concurrency` at a time (rendering is CPU-bound: a few keep the loop busy), handing each page
     * to `onPage` as soon as it is rendered (its writing and compression overlap the next pages' rendering).
     */
    async render(paths: string[], onPage: (page: RenderedPath) => Promise<void> = async () => {}, concurrency = 4): Promise<RenderedPath[]> {
      const results: RenderedPath[] = new Array(paths.length)
      let next = 0
      const worker = async () => {
        for (let i = next++; i < paths.length; i = next++) {
          results[i] = await fetchPath(paths[i]!)
          await onPage(results[i]!)
        }
      }
      await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker))
      return results
    },
    async close(): Promise<void> {},
  }
}

export type BundleRenderer = Awaited<ReturnType<typeof openBundleRenderer>>
