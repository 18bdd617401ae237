import type { Payload } from 'payload'

type Pool = { end(): Promise<void>; on(event: 'error', listener: () => void): void }
type SqlConnections = { pool?: Pool; client?: { close(): void } }

/**
 * Shuts Payload down and closes its database connections. Payload's SQL adapters' destroy() only
 * resets their state: the PostgreSQL pool and the SQLite client stay open unless closed here.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const db = payload.db as unknown as SqlConnections
  await payload.destroy()
  if (db.pool) {
    // Payload keeps one pooled client checked out for good, so end() never settles: idle clients
    // close now, and errors from the held one (when its database goes away) are expected.
    db.pool.on('error', () => {})
    void db.pool.end().catch(() => {})
  } else if (db.client && typeof db.client.close === 'function') {
    db.client.close()
  }
}
