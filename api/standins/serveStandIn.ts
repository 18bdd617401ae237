// Runs a stand-in's Hono app on its own loopback port (demo and tests only).
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'

/** A listening stand-in: its base URL and how to stop it (open connections included). */
export type ServedStandIn = { url: string; close: () => Promise<void> }

/** Serves `app` on host:port (port 0 picks a free one); resolves once it listens. */
export function serveStandIn(app: Pick<Hono, 'fetch'>, port: number, host = '127.0.0.1'): Promise<ServedStandIn> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      resolve({
        url: `http://localhost:${info.port}`,
        close: () => new Promise<void>((done) => {
          server.close(() => done())
          if ('closeAllConnections' in server) server.closeAllConnections()
        }),
      })
    })
    server.once('error', reject)
  })
}
