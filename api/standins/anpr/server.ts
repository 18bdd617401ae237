// Runs the ANPR stand-in (PDND's token endpoint and ANPR's e-service) on its own HTTP port: demo and tests only.
import { serveStandIn } from '../serveStandIn'
import { anprStandInPaths, createAnprStandIn, type AnprStandInCounters, type AnprStandInOptions } from './app'

/** A running stand-in: its base URL, the addresses of its two services, what it did, and how to stop it. */
export type RunningAnprStandIn = { url: string; tokenUrl: string; eserviceUrl: string; counters: AnprStandInCounters; close: () => Promise<void> }

/** Starts the stand-in on 127.0.0.1 (port 0 picks a free one); resolves once it listens. */
export async function startAnprStandIn(options: AnprStandInOptions & { port: number; host?: string }): Promise<RunningAnprStandIn> {
  const { app, counters } = createAnprStandIn(options)
  const served = await serveStandIn(app, options.port, options.host)
  return { ...served, tokenUrl: `${served.url}${anprStandInPaths.token}`, eserviceUrl: `${served.url}${anprStandInPaths.eservice}`, counters }
}
