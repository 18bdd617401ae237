import { CommandError, runCommand } from '../publishing/runCommand'
import { BackupError } from './manifest'

/**
 * PostgreSQL's own client tools (pg_dump, pg_restore, psql, from Debian's postgresql-client), run on the
 * database of a postgres:// URL. The password travels in PGPASSWORD, never on a command line others can read.
 */
function postgresTool(tool: 'pg_dump' | 'pg_restore' | 'psql', url: string, args: string[]): Promise<string> {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return runCommand(tool, [...args, `--dbname=${parsed.toString()}`], { quiet: true, env: password ? { PGPASSWORD: password } : {} }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackupError(`${tool} non trovato: installa il client di PostgreSQL (Debian: apt-get install postgresql-client), della stessa versione del server o più recente.`)
    }
    if (error instanceof CommandError) throw new BackupError(`${tool} non è riuscito: ${error.output.trim().split('\n').slice(-3).join(' ')}`)
    throw error
  })
}

/** A consistent snapshot of the whole database (pg_dump works in one transaction), in pg_dump's custom format. */
export async function dumpPostgres(url: string, file: string): Promise<void> {
  await postgresTool('pg_dump', url, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`])
}

/** Loads a custom-format dump into the database, all or nothing; `clean` first drops what the dump holds. */
export async function restorePostgres(url: string, file: string, clean: boolean): Promise<void> {
  await postgresTool('pg_restore', url, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', ...(clean ? ['--clean', '--if-exists'] : []), file])
}

/** How many tables the database holds outside PostgreSQL's own schemas (0: a fresh database). */
export async function countPostgresTables(url: string): Promise<number> {
  const output = await postgresTool('psql', url, ['--no-psqlrc', '--tuples-only', '--no-align', '--command',
    "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"])
  return Number(output.trim())
}
