import type { Payload } from 'payload'

import { closeSqliteReads } from './sqliteReads'

type Pool = { end(): Promise<void>; on(event: 'error', listener: () => void): void; _clients?: { on(event: 'error', listener: () => void): void }[] }
type SqlConnections = { pool?: Pool; client?: { close(): void } }

/**
 * Shuts Payload down and closes its database connections. Payload's SQL adapters' destroy() only
 * resets their state: the PostgreSQL pool and the SQLite client stay open unless closed here, as does the portal's
 * own SQLite read connection (cms/sqliteReads.ts).
 */
export async function closePayload(payload: Payload): Promise<void> {
  const db = payload.db as unknown as SqlConnections
  await payload.destroy()
  closeSqliteReads(payload)
  if (db.pool) {
    // Payload keeps one pooled client checked out for good, so end() never settles: idle clients
    // close now, and errors from the held one (when its database goes away) are expected.
    db.pool.on('error', () => {})
    // A checked-out client reports on itself, not on the pool: without a listener, the server
    // ending its connection would be an uncaught exception.
    for (const client of db.pool._clients ?? []) client.on('error', () => {})
    void db.pool.end().catch(() => {})
  } else if (db.client && typeof db.client.close === 'function') {
    db.client.close()
  }
}
