import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { rootDir } from '../../cms/env'
import { inheritedEnv } from '../../cms/settings/cmsSettings'
import { startTestPayload } from '../../cms/testing/testPayload'
import { testPostgresUrl } from '../../cms/testing/testPostgres'

/** The databases the application benchmarks run on. */
export type BenchDatabase = 'sqlite' | 'postgres'

/** How tables name each database. */
export const databaseLabels: Record<BenchDatabase, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL (loopback)' }

type Rows = (string | number)[][]
const adminUrl = testPostgresUrl()

// SPORTELLO_BENCH_DATABASE and SPORTELLO_BENCH_ROWS are how runPerDatabase talks to the child it starts,
// not settings of the portal: read here, where the benchmark harness starts.

/** The database this process was started for by runPerDatabase, or null when it is the parent. */
export function assignedDatabase(): BenchDatabase | null {
  const value = process.env.SPORTELLO_BENCH_DATABASE
  return value === 'sqlite' || value === 'postgres' ? value : null
}

/** A fresh, migrated database of that kind for this process, as the integration tests make them. */
export async function freshDatabase(kind: BenchDatabase) {
  process.env.SPORTELLO_TEST_DB = kind === 'postgres' ? 'postgres' : 'sqlite'
  const t = await startTestPayload()
  return { ...t, env: { SPORTELLO_DATA_DIR: t.dataDir, DATABASE_URL: t.databaseUrl } }
}

/** Hands a child's table rows, and whether its checks passed, back to runPerDatabase. */
export function reportRows(rows: Rows, ok = true): void {
  const file = process.env.SPORTELLO_BENCH_ROWS
  if (file) writeFileSync(file, JSON.stringify({ rows, ok }))
}

/**
 * Runs `script` once per database, each in a child process of its own (Payload picks its database
 * when its config loads, so one process holds one), and gathers the rows they report. PostgreSQL
 * is skipped, with a note, when no server answers at SPORTELLO_TEST_POSTGRES_URL (or 127.0.0.1:5432).
 */
export async function runPerDatabase(script: string, args: string[]): Promise<{ rows: Rows; ok: boolean }> {
  const databases: BenchDatabase[] = ['sqlite']
  const unreachable = await postgresUnreachable()
  if (unreachable) console.log(`\nNota: PostgreSQL non risponde (${new URL(adminUrl).host}: ${unreachable}): misura solo su SQLite.`)
  else databases.push('postgres')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sportello-bench-righe-'))
  const result = { rows: [] as Rows, ok: true }
  try {
    for (const database of databases) {
      const file = path.join(dir, `${database}.json`)
      const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
        cwd: rootDir, stdio: 'inherit', env: inheritedEnv({ SPORTELLO_BENCH_DATABASE: database, SPORTELLO_BENCH_ROWS: file }),
      })
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
      const reported: { rows: Rows; ok: boolean } = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { rows: [], ok: false }
      result.rows.push(...reported.rows)
      if (code !== 0 || !reported.ok) result.ok = false
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return result
}

/** Why PostgreSQL cannot be used, or null when it answers. */
async function postgresUnreachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return null
  } catch (error) {
    return (error as Error).message
  } finally {
    await client.end().catch(() => {})
  }
}
