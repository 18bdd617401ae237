// Runs the pagoPA stand-in on its own HTTP port (development, demo and tests only).
import { serve } from '@hono/node-server'

import { createPagopaStandIn, type StandInOptions } from './app'
import type { StandInRegistry } from './registry'

/** A running stand-in: its base URL, its memory and how to stop it. */
export type RunningPagopaStandIn = { url: string; registry: StandInRegistry; close: () => Promise<void> }

/** Starts the stand-in on 127.0.0.1 (port 0 picks a free one); resolves once it listens. */
export async function startPagopaStandIn(options: StandInOptions & { port: number; host?: string }): Promise<RunningPagopaStandIn> {
  const { app, registry } = createPagopaStandIn(options)
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host ?? '127.0.0.1' }, (info) => {
      resolve({
        url: `http://localhost:${info.port}`,
        registry,
        close: () => new Promise<void>((done) => {
          server.close(() => done())
          if ('closeAllConnections' in server) server.closeAllConnections()
        }),
      })
    })
    server.once('error', reject)
  })
}
