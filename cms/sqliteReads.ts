import { expandConfig } from '@libsql/core/config'
import Database from 'libsql'
import type { Payload } from 'payload'

/*
 * A read-only connection of the portal's own to Payload's SQLite file, for the few reads every authenticated request
 * makes (api/data/hotReads.ts), each statement prepared once. Through Payload's @libsql/client every call prepares its
 * statement again, asks twice for its columns and rebuilds each row: on a primary-key read that was most of the
 * request (bench/me.ts: /api/me from ~5,600 to ~17,000 requests/s on one process).
 *
 * A second connection sees what is committed, never a transaction still open: only for reads made outside Payload's
 * transactions, as PostgreSQL's pool gives them. The file is in WAL mode (cms/database.ts), so it reads beside a
 * writer; `query_only` refuses any write on it. closePayload closes it with Payload's own.
 */

type Row = Record<string, unknown>
type Adapter = { name: string; clientConfig?: { url: string }; busyTimeout?: number }

/** One statement's first row, by the statement's name (prepared at its first call). */
export type SqliteReads = { one(name: string, sql: string, values: unknown[]): Row | undefined; close(): void }

const open = new WeakMap<Payload, SqliteReads | null>()

/** The read connection to this Payload's SQLite file; null on any other database. */
export function sqliteReads(payload: Payload): SqliteReads | null {
  if (!open.has(payload)) open.set(payload, connect(payload.db as unknown as Adapter))
  return open.get(payload)!
}

/** Closes the read connection, if one was opened (cms/closePayload.ts). */
export function closeSqliteReads(payload: Payload): void {
  open.get(payload)?.close()
  open.delete(payload)
}

function connect(adapter: Adapter): SqliteReads | null {
  if (adapter.name !== 'sqlite' || !adapter.clientConfig) return null
  const config = expandConfig(adapter.clientConfig, true)
  // An in-memory database is the connection's own: a second one would be another, empty database.
  if (config.path === ':memory:' || config.path === '') return null
  const db = new Database(config.path)
  db.exec(`PRAGMA busy_timeout = ${adapter.busyTimeout ?? 10_000}`)
  db.exec('PRAGMA query_only = 1')
  const statements = new Map<string, { sql: string; statement: ReturnType<typeof db.prepare> }>()
  let closed = false
  return {
    one(name, sql, values) {
      if (closed) throw new Error('sqliteReads: connessione chiusa')
      let known = statements.get(name)
      if (!known) statements.set(name, (known = { sql, statement: db.prepare(sql) }))
      else if (known.sql !== sql) throw new Error(`sqliteReads: il nome ${name} è già di un’altra istruzione`)
      return known.statement.get(values) as Row | undefined
    },
    close() {
      // A prepared statement holds the native connection open: they go with it.
      closed = true
      statements.clear()
      db.close()
    },
  }
}
