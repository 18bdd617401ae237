// Creates a Payload migration for each SQL dialect (SQLite and PostgreSQL) from the current
// collections: `npm run migration:create -- <name>`. Needs the local PostgreSQL server.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { rootDir } from '../cms/env'
import { binPath, runCommand } from '../cms/publishing/runCommand'
import { testPostgresUrl } from '../cms/testing/testPostgres'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Uso: npm run migration:create -- <nome_in_minuscolo>')
  process.exit(1)
}
const adminUrl = testPostgresUrl()
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sportello-migration-'))
const database = `sportello_migration_${Date.now()}`
const admin = new pg.Client({ connectionString: adminUrl })
await admin.connect()
await admin.query(`CREATE DATABASE ${database}`)
try {
  const postgresUrl = new URL(adminUrl)
  postgresUrl.pathname = `/${database}`
  for (const databaseUrl of [`file:${path.join(tmp, 'migration.db')}`, postgresUrl.toString()]) {
    await runCommand(binPath('payload'), ['migrate:create', name], {
      env: { PAYLOAD_CONFIG_PATH: path.join(rootDir, 'cms', 'payload.config.ts'), DATABASE_URL: databaseUrl, SPORTELLO_DATA_DIR: tmp },
    })
  }
  markTypeImports()
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.end()
  rmSync(tmp, { recursive: true, force: true })
}

/**
 * Generated migrations import their argument types as values; Node's own TypeScript loader (which
 * Payload uses to read them) needs `type` on those, so mark them.
 */
function markTypeImports(): void {
  for (const dialect of ['sqlite', 'postgres']) {
    const dir = path.join(rootDir, 'cms', 'migrations', dialect)
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const full = path.join(dir, file)
      const source = readFileSync(full, 'utf8')
      const fixed = source.replace(/import \{ MigrateUpArgs, MigrateDownArgs, sql \}/, 'import { type MigrateUpArgs, type MigrateDownArgs, sql }')
      if (fixed !== source) writeFileSync(full, fixed)
    }
  }
}
