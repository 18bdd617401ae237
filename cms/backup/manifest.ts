import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** One file of a backup: its path (relative, `/`-separated), size and SHA-256. */
export type BackupFile = { path: string; bytes: number; sha256: string }

/** What `npm run backup` saved, written last into the backup folder as manifest.json. */
export type BackupManifest = {
  format: 'sportello-backup'
  version: 1
  /** When the backup started and when it ended (ISO). */
  startedAt: string
  finishedAt: string
  database: BackupFile & {
    kind: 'sqlite' | 'postgres'
    /** The migrations the database had when it was saved, oldest first. */
    migrations: { name: string; batch: number | null }[]
  }
  /** The data folder's files (secrets, uploads, private attachments), under files/ in the backup. */
  files: BackupFile[]
}

export const manifestName = 'manifest.json'
export const filesFolder = 'files'

/** A backup or restore that cannot go on; the message is for the person running it (Italian). */
export class BackupError extends Error {
  override name = 'BackupError'
}

/** Streams `from` to `to` (a new owner-only file), returning the size and SHA-256 of what was copied. */
export async function copyWithHash(from: string, to: string): Promise<{ bytes: number; sha256: string }> {
  await mkdir(path.dirname(to), { recursive: true, mode: 0o700 })
  const hash = createHash('sha256')
  let bytes = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  })
  const draft = `${to}.partial`
  await pipeline(createReadStream(from), tap, createWriteStream(draft, { flags: 'w', mode: 0o600 }))
  await rename(draft, to)
  return { bytes, sha256: hash.digest('hex') }
}

/** Size and SHA-256 of a file. */
export async function hashFile(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { bytes, sha256: hash.digest('hex') }
}

/** Every regular file under `root`, as `/`-separated relative paths, with `skip` deciding on each path (folders end in `/`). */
export async function listFiles(root: string, skip: (relative: string) => boolean): Promise<string[]> {
  const found: string[] = []
  const walk = async (relative: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(path.join(root, relative), { withFileTypes: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!skip(`${child}/`)) await walk(child)
      } else if (entry.isFile() && !skip(child)) found.push(child)
    }
  }
  await walk('')
  return found.sort()
}

/** `relative` resolved under `root`, refusing a path that would leave it (a manifest is read, not trusted). */
export function inside(root: string, relative: string): string {
  const resolved = path.resolve(root, relative)
  if (path.isAbsolute(relative) || !resolved.startsWith(path.resolve(root) + path.sep)) {
    throw new BackupError(`Percorso non valido nel manifest del backup: ${relative}`)
  }
  return resolved
}

/** Whether a file or folder exists. */
export async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false)
}

/** Reads and checks the manifest of a backup folder. */
export async function readManifest(folder: string): Promise<BackupManifest> {
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(await readFile(path.join(folder, manifestName), 'utf8')) as BackupManifest
  } catch {
    throw new BackupError(`${folder} non è un backup completo di Sportello: manca ${manifestName} o non è leggibile.`)
  }
  if (manifest?.format !== 'sportello-backup' || manifest.version !== 1 || !manifest.database || !Array.isArray(manifest.files)) {
    throw new BackupError(`${path.join(folder, manifestName)} non è un manifest di backup di Sportello (versione 1).`)
  }
  return manifest
}

/** A few lines saying what a backup holds (counts and sizes only: no names, no personal data). */
export function describeBackup(manifest: BackupManifest): string {
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  const filesBytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0)
  const last = manifest.database.migrations.at(-1)?.name ?? 'nessuna'
  return [
    `Database ${manifest.database.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${megabytes(manifest.database.bytes)}, ${manifest.database.migrations.length} migrazioni (ultima: ${last})`,
    `File della cartella dei dati: ${manifest.files.length}, ${megabytes(filesBytes)}`,
    `Backup iniziato ${manifest.startedAt}, finito ${manifest.finishedAt}`,
  ].join('\n')
}
