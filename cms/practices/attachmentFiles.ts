import { randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/** Citizens' attachments: under the data folder, never under dist/, served only after an access check. */
export function privateAttachmentsDir(dataDir: string): string {
  return path.join(dataDir, 'private', 'allegati')
}

const keyPattern = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/

/** Resolves a storage key to its file, refusing anything that is not a key this module made. */
function fileOf(rootDir: string, key: string): string {
  if (!keyPattern.test(key)) throw new Error('Chiave di archiviazione non valida')
  return path.join(rootDir, key)
}

async function fsyncPath(target: string): Promise<void> {
  const handle = await open(target, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Where the portal keeps private files (citizens' attachments, issued certificates, report photos) by opaque key: the
 * only way the API and the CMS reach them, so another implementation (an object store) plugs in behind these three
 * calls. `save` returns a new key and resolves only once the bytes are durable; `read` gives null for a key with no file.
 */
export type FileStore = {
  save(bytes: Uint8Array, now?: Date): Promise<string>
  read(key: string): Promise<Uint8Array | null>
  remove(key: string): Promise<void>
}

/**
 * The file system implementation of FileStore, by opaque key (year/month/uuid). A file is written to a temporary name,
 * flushed to disk and renamed: after a crash a key points to a whole file or none, and a write that fails (the disk
 * full) leaves no temporary file behind. It works the same on a volume shared by several processes or machines (NFS):
 * keys are random UUIDs, so writers need no coordination; a rename within one folder is atomic there too; nothing is
 * cached in a process, so a file saved by one process is read by any other at once (attachmentFiles.test.ts runs two).
 */
export function attachmentFiles(rootDir: string): FileStore {
  return {
    async save(bytes: Uint8Array, now = new Date()): Promise<string> {
      const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`
      const target = fileOf(rootDir, key)
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
      const temporary = `${target}.tmp`
      const handle = await open(temporary, 'wx', 0o600)
      try {
        try {
          await handle.writeFile(bytes)
          await handle.sync()
        } finally {
          await handle.close()
        }
        await rename(temporary, target)
        await fsyncPath(path.dirname(target))
      } catch (error) {
        // A disk full (ENOSPC, EDQUOT) stops the write half-way: the partial file goes, the space with it,
        // and so does a file whose key the caller never gets.
        await Promise.all([rm(temporary, { force: true }), rm(target, { force: true })])
        throw error
      }
      return key
    },
    async read(key: string): Promise<Uint8Array | null> {
      try {
        return await readFile(fileOf(rootDir, key))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async remove(key: string): Promise<void> {
      await rm(fileOf(rootDir, key), { force: true })
    },
  }
}
