import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { getPayload, type Payload } from 'payload'

import { closePayload } from '../closePayload'
import { testPostgresUrl } from './testPostgres'

/** A Payload instance on a fresh, migrated database of its own, and how to throw it away. */
export type TestPayload = { payload: Payload; dataDir: string; databaseUrl: string; cleanup: () => Promise<void> }

/**
 * Starts Payload on a new database for one test file: SQLite in a temporary folder by default,
 * or a new PostgreSQL database when SPORTELLO_TEST_DB=postgres (CI runs both). Migrations run as
 * in production; the site is published into the temporary folder. Call before anything imports
 * the Payload config. `postgresUrl`: a PostgreSQL server of the test's own (ownPostgres.ts), whatever
 * SPORTELLO_TEST_DB says.
 */
export async function startTestPayload(options: { postgresUrl?: string } = {}): Promise<TestPayload> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sportello-test-'))
  // The harness reads the environment itself: it picks the database before any settings exist.
  const postgres = options.postgresUrl !== undefined || process.env.SPORTELLO_TEST_DB === 'postgres'
  const databaseName = `sportello_test_${randomBytes(6).toString('hex')}`
  const adminUrl = options.postgresUrl ?? testPostgresUrl()
  const databaseUrl = postgres ? withDatabase(adminUrl, databaseName) : `file:${path.join(dataDir, 'test.db')}`
  if (postgres) await postgresAdmin(adminUrl, `CREATE DATABASE ${databaseName}`)

  // The Payload config takes its settings from the environment when it loads: these are the test's.
  process.env.SPORTELLO_DATA_DIR = dataDir
  process.env.DATABASE_URL = databaseUrl
  process.env.SPORTELLO_SITE_OUT = path.join(dataDir, 'dist')
  process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config, key: dataDir })
  await payload.db.migrate()

  return {
    payload,
    dataDir,
    databaseUrl,
    cleanup: async () => {
      await closePayload(payload)
      if (postgres) await postgresAdmin(adminUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The same server's URL, on another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

/** Runs one administrative statement (CREATE or DROP DATABASE) on the server of `url`. */
export async function postgresAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
