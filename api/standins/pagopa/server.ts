// Runs the pagoPA stand-in on its own HTTP port (development, demo and tests only).
import { serveStandIn } from '../serveStandIn'
import { createPagopaStandIn, type StandInOptions } from './app'
import type { StandInRegistry } from './registry'

/** A running stand-in: its base URL, its memory and how to stop it. */
export type RunningPagopaStandIn = { url: string; registry: StandInRegistry; close: () => Promise<void> }

/** Starts the stand-in on 127.0.0.1 (port 0 picks a free one); resolves once it listens. */
export async function startPagopaStandIn(options: StandInOptions & { port: number; host?: string }): Promise<RunningPagopaStandIn> {
  const { app, registry } = createPagopaStandIn(options)
  return { ...(await serveStandIn(app, options.port, options.host)), registry }
}
