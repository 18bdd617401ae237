import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { deploymentSecret, rootDir } from './env'
import { loadCmsSettings } from './settings/cmsSettings'

const folders: string[] = []
const freshDataDir = () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'sportello-segreti-'))
  folders.push(parent)
  return path.join(parent, 'dati', 'annidati')
}
const fingerprint = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** Another Node process reading the secret from the same data folder; it prints only a hash of it. */
function secretInAnotherProcess(dataDir: string, name: string): Promise<string> {
  const code = `import('./cms/env.ts').then((m) => process.stdout.write(require('node:crypto').createHash('sha256').update(m.deploymentSecret(${JSON.stringify(dataDir)}, ${JSON.stringify(name)})).digest('hex')))`
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', code], { cwd: rootDir })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => void (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()))
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))))
  })
}

afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

describe('deployment secrets', () => {
  it('are generated at first use into a data folder they create, readable by the owner only', () => {
    const dir = freshDataDir()
    const secret = deploymentSecret(dir, 'segreto-di-test')
    expect(secret).toMatch(/^[\w-]{43}$/)
    const file = path.join(dir, 'segreto-di-test')
    expect(readFileSync(file, 'utf8')).toBe(secret)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('stay the same across calls and across processes sharing the data folder, even when they start together', async () => {
    const dir = freshDataDir()
    const [first, second] = await Promise.all([secretInAnotherProcess(dir, 'condiviso'), secretInAnotherProcess(dir, 'condiviso')])
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    expect(fingerprint(deploymentSecret(dir, 'condiviso'))).toBe(first)
    expect(fingerprint(deploymentSecret(dir, 'condiviso'))).toBe(first)
  })

  it('differ between data folders and between names', () => {
    const dir = freshDataDir()
    const one = deploymentSecret(dir, 'chiave')
    const otherName = deploymentSecret(dir, 'altra-chiave')
    const otherFolder = deploymentSecret(freshDataDir(), 'chiave')
    expect(new Set([one, otherName, otherFolder]).size).toBe(3)
  })

  it('come from their setting when it is set, which must be at least 32 characters long', () => {
    expect(deploymentSecret(freshDataDir(), 'dall-ambiente', 'x'.repeat(40))).toBe('x'.repeat(40))
    expect(loadCmsSettings({ PAYLOAD_SECRET: 'x'.repeat(40), SPORTELLO_PREVIEW_SECRET: 'y'.repeat(40) })).toMatchObject({ payloadSecret: 'x'.repeat(40), previewSecret: 'y'.repeat(40) })
    for (const name of ['PAYLOAD_SECRET', 'SPORTELLO_PREVIEW_SECRET']) {
      expect(() => loadCmsSettings({ [name]: 'corto' })).toThrow(`${name}: deve essere lungo almeno 32 caratteri`)
    }
  })

  it('are made owner-only again when their file was left readable by others', () => {
    const dir = freshDataDir()
    const secret = deploymentSecret(dir, 'vecchio')
    chmodSync(path.join(dir, 'vecchio'), 0o644)
    expect(deploymentSecret(dir, 'vecchio')).toBe(secret)
    expect(statSync(path.join(dir, 'vecchio')).mode & 0o777).toBe(0o600)
  })

  it('refuse an empty secret file instead of signing with nothing', () => {
    const dir = freshDataDir()
    deploymentSecret(dir, 'vuoto')
    writeFileSync(path.join(dir, 'vuoto'), '')
    expect(() => deploymentSecret(dir, 'vuoto')).toThrow(/vuoto o troppo corto/)
  })
})
