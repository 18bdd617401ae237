import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import pg from 'pg'

import { rootDir } from './env'
import { withFailingCommits } from './postgresCommits'

/** Folder of the committed migrations for one SQL dialect. */
const migrationDir = (dialect: 'sqlite' | 'postgres') => path.join(rootDir, 'cms', 'migrations', dialect)

/** The database a DATABASE_URL names, by its scheme; null when none of ours. */
export function databaseKind(url: string): 'sqlite' | 'postgres' | 'mongodb' | null {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  return null
}

/** The SQLite file of a `file:` DATABASE_URL, as an absolute path. */
export function sqliteFile(url: string): string {
  return path.resolve(decodeURIComponent(url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')))
}

/**
 * PostgreSQL's pool as the portal uses it: a connection the server ends (a restart, a crash, an
 * administrator) is dropped and replaced by the next request, never an uncaught exception that
 * would stop the process. Idle connections report through the pool, busy ones on themselves; the
 * queries that were running fail and answer 503 (api/errors.ts). One log line per lost connection,
 * with the error code only.
 */
class PortalPool extends pg.Pool {
  constructor(options?: pg.PoolConfig) {
    super(options)
    const lost = (error: Error & { code?: string }) => console.warn(`[database] connessione a PostgreSQL persa (${error.code ?? error.message})`)
    this.on('error', lost)
    this.on('connect', (client) => {
      client.on('error', (error) => releaseIfPayloads(client, error))
      // Payload's adapter keeps one connection checked out for ever, to listen for resets on it
      // (@payloadcms/db-postgres connect.js): the only caller of prependListener. When that
      // connection fails, the adapter checks out another on ECONNRESET but never releases the dead
      // one, which would keep its place in the pool for good: one place less after each reset,
      // until none is left for the requests. Released here, with its error, the pool drops it.
      const prepend = client.prependListener.bind(client)
      client.prependListener = (event, listener) => {
        if (event === 'error') payloadsOwn.add(client)
        return prepend(event, listener)
      }
    })
  }
}

/** Connections Payload's adapter checked out for itself and never releases. */
const payloadsOwn = new WeakSet<pg.PoolClient>()

function releaseIfPayloads(client: pg.PoolClient, error: Error): void {
  if (!payloadsOwn.delete(client)) return
  try {
    client.release(error)
  } catch {
    // Already back in the pool: nothing is held.
  }
}

type PgModule = NonNullable<Parameters<typeof postgresAdapter>[0]['pg']>

/** PostgreSQL's pool: `max` connections for the requests, how long one waits for a free connection, how long a statement may run (ms; 0: no limit). */
export type PoolSettings = { max: number; timeoutMs: number; statementTimeoutMs: number }

/**
 * The pool as configured. Payload's adapter checks out one connection when it starts and never
 * gives it back (it only listens on it for resets: @payloadcms/db-postgres connect.js), so the pool
 * holds one more than `max`, or DATABASE_POOL_MAX=1 would leave nothing for the requests (and the
 * migrations at start would wait for ever). A request that finds every connection busy waits at
 * most `timeoutMs`; then pg fails with "timeout exceeded when trying to connect", which answers 503
 * (cms/databaseUnavailable.ts) instead of a request left hanging while the pool stays exhausted.
 */
export const poolOptions = (url: string, pool: PoolSettings) => ({
  connectionString: url,
  max: pool.max + 1,
  connectionTimeoutMillis: pool.timeoutMs,
  // PostgreSQL itself ends a statement that runs too long (57014) and a transaction left idle (25P03), which answer 503:
  // a stuck query or a transaction forgotten open never holds a connection, a row or the register's lock for good.
  ...(pool.statementTimeoutMs > 0 ? { statement_timeout: pool.statementTimeoutMs, idle_in_transaction_session_timeout: pool.statementTimeoutMs } : {}),
})

/** Picks the Payload database adapter from the URL scheme: file: (SQLite), postgres(ql):, mongodb(+srv):; `pool` sizes PostgreSQL's pool. */
export function databaseAdapterFromUrl(url: string, pool: PoolSettings): DatabaseAdapterObj {
  // Schema changes only ever reach a database through committed migrations, never dev-mode push.
  const kind = databaseKind(url)
  if (kind === 'sqlite') {
    return sqliteAdapter({
      client: { url },
      wal: { synchronous: 'FULL', journalSizeLimit: 64 * 1024 * 1024 },
      busyTimeout: 10_000,
      // AUTOINCREMENT: SQLite would otherwise hand a deleted row's id to the next row (a citizen's draft to another's).
      autoIncrement: true,
      push: false,
      migrationDir: migrationDir('sqlite'),
    })
  }
  if (kind === 'postgres') {
    // A failed COMMIT fails the write (cms/postgresCommits.ts), never a rolled-back write returned as stored.
    return withFailingCommits(postgresAdapter({
      // The adapter's own copy of pg's type declarations differs from ours: the module is the same.
      pg: { ...pg, Pool: PortalPool } as unknown as PgModule,
      pool: poolOptions(url, pool),
      push: false,
      migrationDir: migrationDir('postgres'),
    }))
  }
  if (kind === 'mongodb') {
    return mongooseAdapter({ url })
  }
  throw new Error(
    'DATABASE_URL non riconosciuto: usa file:/percorso/db.sqlite, postgres://… oppure mongodb://…',
  )
}
