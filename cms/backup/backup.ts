import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { databaseKind, sqliteFile } from '../database'
import { BackupError, copyWithHash, filesFolder, hashFile, inside, listFiles, manifestName, type BackupFile, type BackupManifest } from './manifest'
import { dumpPostgres } from './postgres'

/** Where a running portal keeps its data: the data folder and the database. */
export type BackupSource = { payload: Payload; dataDir: string; databaseUrl: string }

/** A file that changes while it is copied is copied again, this many times at most. */
const copyAttempts = 5

/**
 * Takes a consistent backup of a running portal into `folder` (new or empty): first the database, as one
 * snapshot (SQLite's VACUUM INTO through the portal's own client, or pg_dump), then the data folder's files,
 * then manifest.json. Every row of the snapshot names a file written before it (attachments are stored before
 * their row), so the copy of the files, taken after, holds every file the snapshot needs.
 */
export async function takeBackup(source: BackupSource, folder: string): Promise<BackupManifest> {
  const startedAt = new Date().toISOString()
  const kind = databaseKind(source.databaseUrl)
  if (kind !== 'sqlite' && kind !== 'postgres') {
    throw new BackupError('Backup non disponibile per questo database: per MongoDB usa mongodump e mongorestore (vedi il README).')
  }
  const target = path.resolve(folder)
  const dataDir = path.resolve(source.dataDir)
  if (target === dataDir || target.startsWith(dataDir + path.sep)) throw new BackupError('La cartella del backup non può stare dentro la cartella dei dati.')
  await mkdir(target, { recursive: true, mode: 0o700 })
  if ((await readdir(target)).length > 0) throw new BackupError(`La cartella ${target} non è vuota: scegli una cartella nuova per il backup.`)

  const migrations = await appliedMigrations(source.payload)
  const databaseFile = kind === 'sqlite' ? 'database.sqlite' : 'database.dump'
  const databasePath = path.join(target, databaseFile)
  if (kind === 'sqlite') await snapshotSqlite(source.payload, databasePath)
  else await dumpPostgres(source.databaseUrl, databasePath)
  const database = { kind, path: databaseFile, ...(await hashFile(databasePath)), migrations }

  const files = await copyDataFolder(dataDir, path.join(target, filesFolder), skippedInDataFolder(dataDir, source.databaseUrl))
  const manifest: BackupManifest = { format: 'sportello-backup', version: 1, startedAt, finishedAt: new Date().toISOString(), database, files }
  // Written last and renamed into place: a folder without manifest.json is no backup, and restore says so.
  await writeFile(path.join(target, `${manifestName}.partial`), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 })
  await rename(path.join(target, `${manifestName}.partial`), path.join(target, manifestName))
  return manifest
}

/** The migrations the database has run, oldest first (Payload's own record of them). */
async function appliedMigrations(payload: Payload): Promise<BackupManifest['database']['migrations']> {
  const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, limit: 0, sort: 'createdAt', depth: 0 })
  return docs.map((doc) => ({ name: String(doc.name), batch: typeof doc.batch === 'number' ? doc.batch : null }))
}

/** SQLite's online copy: VACUUM INTO writes one consistent snapshot while the portal keeps writing (WAL). */
async function snapshotSqlite(payload: Payload, file: string): Promise<void> {
  const client = (payload.db as unknown as { client?: { execute(query: { sql: string; args: string[] }): Promise<unknown> } }).client
  if (!client) throw new BackupError('Il database SQLite non è aperto: impossibile fare il backup.')
  await client.execute({ sql: 'VACUUM INTO ?', args: [file] })
}

/**
 * What the backup leaves out of the data folder: the live SQLite files (saved through the snapshot), caches that
 * refill themselves, and files still being written (`.tmp`, `.partial`: renamed into place once whole).
 */
function skippedInDataFolder(dataDir: string, databaseUrl: string): (relative: string) => boolean {
  const database = databaseKind(databaseUrl) === 'sqlite' ? path.relative(dataDir, sqliteFile(databaseUrl)).split(path.sep).join('/') : null
  const live = database ? ['', '-wal', '-shm', '-journal'].map((suffix) => database + suffix) : []
  return (relative) => relative === 'cache/' || relative.endsWith('.lock/') || /\.(tmp|partial)$/.test(relative) || live.includes(relative)
}

/** Copies every file of the data folder that `skip` keeps, each whole: one that changes while copied is copied again. */
async function copyDataFolder(dataDir: string, into: string, skip: (relative: string) => boolean): Promise<BackupFile[]> {
  const copied: BackupFile[] = []
  for (const relative of await listFiles(dataDir, skip)) {
    const from = path.join(dataDir, relative)
    for (let attempt = 1; ; attempt++) {
      const before = await stat(from).catch(() => null)
      // Removed since the listing: no longer part of the data.
      if (!before) break
      const copy = await copyWithHash(from, inside(into, relative))
      const after = await stat(from).catch(() => null)
      if (after && after.size === before.size && after.mtimeMs === before.mtimeMs && copy.bytes === after.size) {
        copied.push({ path: relative, ...copy })
        break
      }
      if (attempt === copyAttempts) throw new BackupError(`Il file ${relative} continua a cambiare durante la copia: riprova il backup.`)
    }
  }
  return copied
}
