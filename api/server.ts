// The public server: static site + /api/* on one Hono process.
import type { Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createAdaptorServer } from '@hono/node-server'
import { getPayload } from 'payload'

import { closePayload } from '../cms/closePayload'
import { closeRedisConnections } from '../cms/limits/redis'
import { createApp } from './app'
import { exitOnConfigError, loadConfig } from './config'
import { createStores } from './data/stores'
import { createLoadMonitor } from './middleware/overload'
import { completeInterruptedSubmissions } from './services/practices/submit'
import { freeUnixSocket } from './unixSocket'

const apiConfig = exitOnConfigError(() => loadConfig())
// Imported only after the check: a deployment that must not start leaves no trace in its data folder.
const { default: config } = await import('../cms/payload.config')
const payload = await getPayload({ config })
const stores = createStores(payload)
const load = createLoadMonitor(apiConfig.overload)
const app = createApp({ config: apiConfig, payload, stores, load })
// Applications a crash cut between registration and status (SQLite) are finished before serving.
const completed = await completeInterruptedSubmissions(stores)
if (completed) console.log(`Domande completate dopo un'interruzione: ${completed}`)

const server = createAdaptorServer({ fetch: app.fetch, hostname: apiConfig.host }) as Server
// On a Unix socket behind a proxy of the same machine (npm start with nginx), else on HOST:PORT.
const socketPath = apiConfig.socketPath
// A listener that cannot be opened stops the start with one Italian line, not a stack trace.
const cannotListen = (error: NodeJS.ErrnoException) => {
  const where = socketPath ? `sul socket ${socketPath}` : `su ${apiConfig.host}:${apiConfig.port}`
  const why = { EADDRINUSE: 'indirizzo già in uso', EACCES: 'permesso negato', ENOENT: 'la cartella non esiste' }[error.code ?? ''] ?? error.code
  console.error(`Il server pubblico non può mettersi in ascolto ${where}: ${why}.`)
  process.exit(1)
}
server.once('error', cannotListen)
server.once('listening', () => server.off('error', cannotListen))
if (socketPath) {
  await freeUnixSocket(socketPath).catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
  server.listen(socketPath, () => console.log(`Server pubblico in ascolto sul socket ${socketPath}`))
} else {
  server.listen(apiConfig.port, apiConfig.host, () => {
    const { address, port } = server.address() as AddressInfo
    console.log(`Server pubblico in ascolto su http://${address}:${port}`)
  })
}

// The answers being written, so a drain can close their connections once each is sent.
const answering = new Set<ServerResponse>()
server.on('request', (_, res: ServerResponse) => {
  answering.add(res)
  res.once('close', () => answering.delete(res))
})

/**
 * Graceful drain: readiness answers 503 at once, the listener takes no new connections, idle
 * keep-alive connections close, and every request in flight (a slow upload too) gets its normal
 * answer on a connection that then closes. Payload closes last and the process exits 0; after
 * SPORTELLO_SHUTDOWN_GRACE_SECONDS it exits anyway, with 1, cutting what is left.
 */
const drain = (signal: string) => {
  load.startDraining()
  const closeWhenSent = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close')
    // Headers already sent (a streamed download): the connection goes once it is idle.
    res.once('finish', () => setImmediate(() => server.closeIdleConnections()))
  }
  for (const res of answering) closeWhenSent(res)
  // A request still arriving on a kept-alive connection is answered, then its connection closes.
  server.on('request', (_, res: ServerResponse) => closeWhenSent(res))
  server.close(() => {
    load.close()
    void Promise.allSettled([closePayload(payload), closeRedisConnections()]).finally(() => process.exit(0))
  })
  server.closeIdleConnections()
  // Said once the listener is closed: from this line on, new connections are refused.
  console.log(`${signal}: chiusura del server pubblico, attendo le richieste in corso (${answering.size})`)
  setTimeout(() => {
    console.error(`Richieste ancora in corso dopo ${apiConfig.shutdownGraceMs / 1000} s: uscita forzata`)
    process.exit(1)
  }, apiConfig.shutdownGraceMs).unref()
}
process.once('SIGINT', () => drain('SIGINT'))
process.once('SIGTERM', () => drain('SIGTERM'))
