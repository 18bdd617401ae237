import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { rootDir } from '../../cms/env'

/** What a start-up entry point did when run with a configuration: exit code, stderr, traces on disk. */
export type StartAttempt = { status: number | null; stderr: string; databaseCreated: boolean; dataDirCreated: boolean }

/**
 * Runs an entry point (api/server.ts, scripts/start.ts) in a child process with only `env` and a
 * fresh SQLite path and data folder, then reports whether the database or data folder appeared.
 */
export function attemptStart(entry: string, env: Record<string, string>): StartAttempt {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'sportello-avvio-'))
  const database = path.join(scratch, 'sportello.db')
  const dataDir = path.join(scratch, 'dati')
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', entry], {
      cwd: rootDir,
      encoding: 'utf8',
      timeout: 60_000,
      // Only `env`: nothing of this process's settings leaks in, only what any child needs to run (PATH, HOME).
      env: {
        NODE_ENV: 'production', PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: `file:${database}`, SPORTELLO_DATA_DIR: dataDir,
        SPORTELLO_SITE_OUT: path.join(scratch, 'dist'), PORT: '3390', ADMIN_PORT: '3391', ...env,
      },
    })
    return { status: run.status, stderr: run.stderr, databaseCreated: existsSync(database), dataDirCreated: existsSync(dataDir) }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
