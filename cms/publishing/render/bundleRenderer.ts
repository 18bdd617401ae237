import { AsyncLocalStorage } from 'node:async_hooks'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
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
 * Renders pages with the compiled site (Astro's server bundle, every route on demand) in this process, over a
 * loopback HTTP server only this renderer calls, exactly as a browser request would reach the page. The host the
 * page sees is the public URL's, so canonical links and absolute URLs are the published ones.
 */
export async function openBundleRenderer(serverDir: string, publicUrl: string) {
  const { handler } = (await import(pathToFileURL(path.join(serverDir, 'entry.mjs')).href)) as { handler: AstroHandler }
  const als = recorder()
  const deps = new Map<string, Set<string>>()
  const server = http.createServer((req, res) => {
    const seen = new Set<string>()
    deps.set(String(req.headers['x-sportello-render']), seen)
    als.run(seen, () => {
      handler(req, res, () => void (res.headersSent || res.writeHead(404).end()), { sportelloRenderer: true }).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500)
        res.end(String(error))
      })
    })
  })
  server.keepAliveTimeout = 10_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // Never what keeps a process alive: it only answers this renderer's own requests.
  server.unref()
  const { port } = server.address() as AddressInfo
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 })
  const site = new URL(publicUrl)
  let counter = 0

  const fetchPath = (pathname: string): Promise<RenderedPath> =>
    new Promise((resolve, reject) => {
      const id = String(++counter)
      const req = http.request(
        {
          // The not-found page's route is /404/ (trailingSlash 'always'); the site lists it as /404.
          host: '127.0.0.1', port, path: encodeURI(decodeURI(pathname === '/404' ? '/404/' : pathname)), agent,
          headers: { host: site.host, 'x-forwarded-proto': site.protocol.replace(':', ''), 'x-sportello-render': id },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const seen = deps.get(id) ?? new Set()
            deps.delete(id)
            resolve({ path: pathname, status: res.statusCode ?? 500, body: Buffer.concat(chunks), deps: [...seen].sort() })
          })
          res.on('error', reject)
        },
      )
      req.on('error', reject)
      req.end()
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
    async close(): Promise<void> {
      agent.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type BundleRenderer = Awaited<ReturnType<typeof openBundleRenderer>>
