import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Functions, not constants: tests point these variables at a fresh folder before Payload starts,
// which may be after this module was first imported.

/** The repository root (one level above cms/). */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where the embedded database, uploads and private files live; never under dist/. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SPORTELLO_DATA_DIR ?? path.join(rootDir, 'data'))
}

/** Editorial uploads (public images and files). */
export function mediaDir(): string {
  return path.join(dataDir(), 'media')
}

/** The database URL: a SQLite file in the data folder by default, PostgreSQL or MongoDB when DATABASE_URL says so. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || `file:${path.join(dataDir(), 'sportello.db')}`
}

/**
 * A secret of this deployment, by name: from `variable` in the environment when that is set (at
 * least 32 characters), otherwise generated once from crypto randomness into the data folder,
 * readable by the owner only. Every process of the deployment reads the same file, and no two
 * deployments share one, so no secret ever has to be written in the repository. Never print it.
 */
export function deploymentSecret(name: string, variable?: string): string {
  const fromEnv = variable ? process.env[variable]?.trim() : undefined
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error(`${variable} deve essere lungo almeno 32 caratteri.`)
    return fromEnv
  }
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Nome di segreto non valido: ${name}`)
  const dir = dataDir()
  const file = path.join(dir, name)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  if (!existsSync(file)) createSecretFile(file)
  // A file from an older version, or copied with a backup, may be readable by others: tighten it.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600)
  const secret = readFileSync(file, 'utf8').trim()
  if (secret.length < 32) throw new Error(`Il segreto ${file} è vuoto o troppo corto: cancellalo e riavvia per generarne uno nuovo.`)
  return secret
}

/**
 * Writes a new secret beside its final name, then links it into place: the link fails if another
 * process got there first (its secret wins), and nobody ever reads a half-written file.
 */
function createSecretFile(file: string): void {
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  writeFileSync(draft, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 })
  try {
    linkSync(draft, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    unlinkSync(draft)
  }
}

/** The secret Payload signs staff tokens with (PAYLOAD_SECRET, or generated in the data folder). */
export function payloadSecret(): string {
  return deploymentSecret('payload-secret', 'PAYLOAD_SECRET')
}

/** Where published builds of the public site go (builds/<id> and the `current` link). */
export function siteOutDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SPORTELLO_SITE_OUT ?? path.join(rootDir, 'dist'))
}
