// The public server: static site + /api/* on one Hono process.
import { serve } from '@hono/node-server'
import { getPayload } from 'payload'

import { closePayload } from '../cms/closePayload'
import { closeRedisConnections } from '../cms/limits/redis'
import { createApp } from './app'
import { exitOnConfigError, loadConfig } from './config'
import { createStores } from './data/stores'
import { completeInterruptedSubmissions } from './services/practices/submit'

const apiConfig = exitOnConfigError(() => loadConfig())
// Imported only after the check: a deployment that must not start leaves no trace in its data folder.
const { default: config } = await import('../cms/payload.config')
const payload = await getPayload({ config })
const stores = createStores(payload)
const app = createApp({ config: apiConfig, payload, stores })
// Applications a crash cut between registration and status (SQLite) are finished before serving.
const completed = await completeInterruptedSubmissions(stores)
if (completed) console.log(`Domande completate dopo un'interruzione: ${completed}`)

const server = serve({ fetch: app.fetch, port: apiConfig.port, hostname: apiConfig.host }, (info) => {
  console.log(`Server pubblico in ascolto su http://${info.address}:${info.port}`)
})

const stop = (signal: string) => {
  console.log(`${signal}: chiusura del server pubblico`)
  server.close(() => void Promise.allSettled([closePayload(payload), closeRedisConnections()]).finally(() => process.exit(0)))
  // Keep-alive connections would hold close() open; give them a moment, then leave.
  setTimeout(() => process.exit(0), 5_000).unref()
}
process.once('SIGINT', () => stop('SIGINT'))
process.once('SIGTERM', () => stop('SIGTERM'))
