import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
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
 * The secret Payload signs staff tokens with. In production it comes from PAYLOAD_SECRET; on a
 * fresh machine one is generated once and kept in the data folder, so every process shares it.
 */
export function payloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('PAYLOAD_SECRET deve essere lungo almeno 32 caratteri.')
    return fromEnv
  }
  const dir = dataDir()
  const file = path.join(dir, 'payload-secret')
  mkdirSync(dir, { recursive: true })
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readFileSync(file, 'utf8').trim()
}

/** Where published builds of the public site go (builds/<id> and the `current` link). */
export function siteOutDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SPORTELLO_SITE_OUT ?? path.join(rootDir, 'dist'))
}
