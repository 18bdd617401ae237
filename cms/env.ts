import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (one level above cms/). */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Editorial uploads (public images and files) in a data folder. */
export function mediaDir(dataDir: string): string {
  return path.join(dataDir, 'media')
}

/**
 * A secret of this deployment, by name: `given` when its setting is set (checked at start-up),
 * otherwise generated once from crypto randomness into the data folder, readable by the owner
 * only. Every process of the deployment reads the same file, and no two deployments share one,
 * so no secret ever has to be written in the repository. Never print it.
 */
export function deploymentSecret(dataDir: string, name: string, given?: string): string {
  if (given) return given
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Nome di segreto non valido: ${name}`)
  const file = path.join(dataDir, name)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (!existsSync(file)) createSecretFile(file)
  // A file from an older version, or copied with a backup, may be readable by others: tighten it.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600)
  const secret = readFileSync(file, 'utf8').trim()
  if (secret.length < 32) throw new Error(`Il segreto ${file} è vuoto o troppo corto: cancellalo e riavvia per generarne uno nuovo.`)
  return secret
}

function createSecretFile(file: string): void {
  createFileOnce(file, randomBytes(32).toString('base64url'))
}

/**
 * Writes a new owner-only file beside its final name, then links it into place: the link fails if
 * another process got there first (its file wins), and nobody ever reads a half-written file.
 */
export function createFileOnce(file: string, contents: string | Uint8Array): void {
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  writeFileSync(draft, contents, { flag: 'wx', mode: 0o600 })
  try {
    linkSync(draft, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    unlinkSync(draft)
  }
}

/** The secret Payload signs staff tokens with (PAYLOAD_SECRET, or generated in the data folder). */
export function payloadSecret(settings: { dataDir: string; payloadSecret?: string }): string {
  return deploymentSecret(settings.dataDir, 'payload-secret', settings.payloadSecret)
}

/** The secret of preview links (SPORTELLO_PREVIEW_SECRET, or generated in the data folder). */
export function previewSecret(settings: { dataDir: string; previewSecret?: string }): string {
  return deploymentSecret(settings.dataDir, 'preview-secret', settings.previewSecret)
}
