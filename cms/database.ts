import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import pg from 'pg'

import { rootDir } from './env'

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
    this.on('connect', (client) => void client.on('error', () => {}))
  }
}

type PgModule = NonNullable<Parameters<typeof postgresAdapter>[0]['pg']>

/** Picks the Payload database adapter from the URL scheme: file: (SQLite), postgres(ql):, mongodb(+srv):; `poolMax` sizes PostgreSQL's pool. */
export function databaseAdapterFromUrl(url: string, poolMax: number): DatabaseAdapterObj {
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
    return postgresAdapter({
      // The adapter's own copy of pg's type declarations differs from ours: the module is the same.
      pg: { ...pg, Pool: PortalPool } as unknown as PgModule,
      pool: { connectionString: url, max: poolMax },
      push: false,
      migrationDir: migrationDir('postgres'),
    })
  }
  if (kind === 'mongodb') {
    return mongooseAdapter({ url })
  }
  throw new Error(
    'DATABASE_URL non riconosciuto: usa file:/percorso/db.sqlite, postgres://… oppure mongodb://…',
  )
}
