import { chmod, copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { databaseKind, sqliteFile } from '../database'
import { BackupError, copyWithHash, exists, filesFolder, hashFile, inside, readManifest, type BackupFile, type BackupManifest } from './manifest'
import { countPostgresTables, restorePostgres } from './postgres'

/** Where the restored portal will keep its data: its data folder and its (empty) database. */
export type RestoreTarget = { dataDir: string; databaseUrl: string }

/**
 * Restores a backup of `npm run backup` into a fresh instance: checks every file of the backup against its
 * manifest first (a damaged backup restores nothing), refuses a data folder or database that already holds
 * something unless `force`, then loads the database and writes the files, and checks them again on the disk.
 */
export async function restoreBackup(folder: string, target: RestoreTarget, { force = false } = {}): Promise<BackupManifest> {
  const source = path.resolve(folder)
  const manifest = await readManifest(source)
  const kind = databaseKind(target.databaseUrl)
  if (kind !== manifest.database.kind) {
    throw new BackupError(`Il backup contiene un database ${label(manifest.database.kind)}, ma DATABASE_URL indica ${kind ? label(kind) : 'un database non riconosciuto'}: ripristino annullato.`)
  }
  await verify(source, manifest.database)
  for (const file of manifest.files) await verify(path.join(source, filesFolder), file)

  const dataDir = path.resolve(target.dataDir)
  const occupied = await occupiedBy(dataDir, target.databaseUrl)
  if (occupied && !force) {
    throw new BackupError(`La destinazione non è vuota (${occupied}): il ripristino la sovrascriverebbe. Usa una cartella dei dati e un database nuovi, oppure aggiungi --force se vuoi davvero sostituirli.`)
  }

  const databaseFile = inside(source, manifest.database.path)
  if (kind === 'sqlite') await restoreSqlite(databaseFile, sqliteFile(target.databaseUrl))
  else await restorePostgres(target.databaseUrl, databaseFile, force)

  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  for (const file of manifest.files) {
    const destination = inside(dataDir, file.path)
    const copy = await copyWithHash(inside(path.join(source, filesFolder), file.path), destination)
    if (copy.sha256 !== file.sha256) throw new BackupError(`Il file ${file.path} è cambiato durante il ripristino: ripristino incompleto, ripetilo.`)
  }
  // What is now on the disk, read back: the restore ends only when every file is the one the backup saved.
  for (const file of manifest.files) await verify(dataDir, file)
  return manifest
}

const label = (kind: string) => (kind === 'sqlite' ? 'SQLite' : kind === 'postgres' ? 'PostgreSQL' : kind)

/** Fails unless the file under `root` has the size and SHA-256 the manifest says. */
async function verify(root: string, file: BackupFile): Promise<void> {
  const found = await hashFile(inside(root, file.path)).catch(() => null)
  if (!found) throw new BackupError(`Manca il file ${file.path} indicato nel manifest: backup incompleto, ripristino annullato.`)
  if (found.sha256 !== file.sha256 || found.bytes !== file.bytes) {
    throw new BackupError(`Il file ${file.path} non corrisponde al manifest (SHA-256 diverso): backup danneggiato, ripristino annullato.`)
  }
}

/** What already holds data at the target, in words; null when the data folder and the database are empty. */
async function occupiedBy(dataDir: string, databaseUrl: string): Promise<string | null> {
  const entries = await readdir(dataDir).catch(() => [])
  if (entries.length > 0) return `la cartella dei dati ${dataDir} contiene già dei file`
  if (databaseKind(databaseUrl) === 'sqlite') return (await exists(sqliteFile(databaseUrl))) ? `il database ${sqliteFile(databaseUrl)} esiste già` : null
  return (await countPostgresTables(databaseUrl)) > 0 ? 'il database PostgreSQL contiene già delle tabelle' : null
}

/** Puts the snapshot in place of the SQLite file, whole (copied beside it, then renamed), without a stale journal. */
async function restoreSqlite(snapshot: string, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
  const draft = `${file}.partial`
  await copyFile(snapshot, draft)
  await chmod(draft, 0o600)
  for (const suffix of ['-wal', '-shm', '-journal']) await rm(file + suffix, { force: true })
  await rename(draft, file)
}
