import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { rootDir } from '../env'
import { loadCmsSettings } from '../settings/cmsSettings'
import { attachmentFiles, privateAttachmentsDir, type FileStore } from './attachmentFiles'

let root: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'allegati-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

// As plain numbers: the store may hand back a Buffer, which is a Uint8Array but not deeply equal to one.
async function readBack(files: FileStore, key: string): Promise<number[] | null> {
  const bytes = await files.read(key)
  return bytes && Array.from(bytes)
}

describe('attachmentFiles', () => {
  it('reads back exactly what it saved, under a year/month/uuid key, until it is removed', async () => {
    const files = attachmentFiles(root)
    const bytes = new Uint8Array([37, 80, 68, 70, 0, 255, 10])
    const key = await files.save(bytes)
    expect(key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/)
    expect(await readBack(files, key)).toEqual(Array.from(bytes))
    await files.remove(key)
    expect(await files.read(key)).toBeNull()
    await expect(files.remove(key)).resolves.toBeUndefined()
  })

  it('leaves only the finished file, readable by the server alone', async () => {
    const files = attachmentFiles(root)
    const key = await files.save(new Uint8Array(1000))
    const folder = path.join(root, path.dirname(key))
    expect(await readdir(folder)).toEqual([path.basename(key)])
    expect((await stat(path.join(root, key))).mode & 0o777).toBe(0o600)
  })

  it('gives every save its own key', async () => {
    const files = attachmentFiles(root)
    const keys = await Promise.all(Array.from({ length: 20 }, (_, i) => files.save(new Uint8Array([i]))))
    expect(new Set(keys).size).toBe(20)
    for (const [i, key] of keys.entries()) expect(await readBack(files, key)).toEqual([i])
  })

  it('shares one folder between processes, as on a volume every server mounts: each reads what the other saved, at once', async () => {
    // Another process saves twenty files while this one saves twenty into the same folder, then reads this one's.
    const code = `
      const { attachmentFiles } = await import(${JSON.stringify(path.join(rootDir, 'cms/practices/attachmentFiles.ts'))})
      const files = attachmentFiles(${JSON.stringify(root)})
      const keys = await Promise.all(Array.from({ length: 20 }, (_, i) => files.save(new Uint8Array([200, i]))))
      process.stdout.write(JSON.stringify(keys) + '\\n')
      for await (const line of (await import('node:readline')).createInterface({ input: process.stdin })) {
        const theirs = JSON.parse(line)
        const read = await Promise.all(theirs.map((key) => files.read(key)))
        process.stdout.write(JSON.stringify(read.map((bytes) => bytes && Array.from(bytes))) + '\\n')
        process.exit(0)
      }`
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: rootDir, stdio: ['pipe', 'pipe', 'inherit'] })
    const lines = (async function* () {
      let buffered = ''
      for await (const chunk of child.stdout) {
        buffered += chunk
        for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
          yield buffered.slice(0, end)
          buffered = buffered.slice(end + 1)
        }
      }
    })()
    const files = attachmentFiles(root)
    const [mine, theirs] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, (_, i) => files.save(new Uint8Array([100, i])))),
      lines.next().then((line) => JSON.parse(line.value as string) as string[]),
    ])
    expect(new Set([...mine, ...theirs]).size).toBe(40)
    for (const [i, key] of theirs.entries()) expect(await readBack(files, key)).toEqual([200, i])
    child.stdin.write(`${JSON.stringify(mine)}\n`)
    const read = JSON.parse((await lines.next()).value as string) as number[][]
    expect(read).toEqual(mine.map((_, i) => [100, i]))
    // A file removed by one process is gone for the other.
    await files.remove(theirs[0]!)
    expect(await files.read(theirs[0]!)).toBeNull()
  }, 60_000)

  it.each([
    '../../etc/passwd',
    '/etc/passwd',
    '2026/11/../../../etc/passwd',
    `2026/11/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}/../x`,
    '2026\\11\\00000000-0000-0000-0000-000000000000',
    '2026/11/00000000-0000-0000-0000-000000000000.tmp',
    '',
  ])('refuses the key %j instead of touching a file outside its folder', async (key) => {
    const files = attachmentFiles(root)
    await expect(files.read(key)).rejects.toThrow()
    await expect(files.remove(key)).rejects.toThrow()
  })

  it('keeps attachments in the private data folder, never where the public site is published', () => {
    const { dataDir, siteOut } = loadCmsSettings({ SPORTELLO_DATA_DIR: root })
    expect(privateAttachmentsDir(dataDir)).toBe(path.join(root, 'private', 'allegati'))
    expect(path.relative(siteOut, privateAttachmentsDir(dataDir)).startsWith('..')).toBe(true)
  })
})
