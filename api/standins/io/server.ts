// Runs the IO stand-in on its own HTTP port (development, demo and tests only).
import { serveStandIn } from '../serveStandIn'
import { createIoStandIn, ioStandInBasePath, type IoStandInOptions } from './app'
import type { IoStandInRegistry } from './registry'

/** A running stand-in: its base URL (the page /messaggi), the API's (…/api/v1), its memory and how to stop it. */
export type RunningIoStandIn = { url: string; apiUrl: string; registry: IoStandInRegistry; close: () => Promise<void> }

/** Starts the stand-in on 127.0.0.1 (port 0 picks a free one); resolves once it listens. */
export async function startIoStandIn(options: IoStandInOptions & { port: number; host?: string }): Promise<RunningIoStandIn> {
  const { app, registry } = createIoStandIn(options)
  const served = await serveStandIn(app, options.port, options.host)
  return { ...served, apiUrl: `${served.url}${ioStandInBasePath}`, registry }
}
