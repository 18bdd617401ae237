import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { freeUnixSocket } from './unixSocket'

const dir = mkdtempSync(path.join(os.tmpdir(), 'socket-'))
const servers: Server[] = []
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  rmSync(dir, { recursive: true, force: true })
})

const listening = (socketPath: string) =>
  new Promise<Server>((resolve) => {
    const server = createServer((socket) => socket.end())
    servers.push(server)
    server.listen(socketPath, () => resolve(server))
  })

describe('freeing the socket a public-server process listens on', () => {
  it('does nothing when there is no file', async () => {
    await expect(freeUnixSocket(path.join(dir, 'nessuno.sock'))).resolves.toBeUndefined()
  })

  it('removes a socket left by a process that was killed, so the new one can listen', async () => {
    const socketPath = path.join(dir, 'rimasto.sock')
    // A process listening on it, killed with SIGKILL: its socket file stays behind, with nobody answering.
    const child = spawn(process.execPath, ['-e', `require('node:net').createServer().listen(${JSON.stringify(socketPath)}, () => console.log('pronto'))`])
    await new Promise((resolve) => child.stdout.once('data', resolve))
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    expect(existsSync(socketPath)).toBe(true)
    await freeUnixSocket(socketPath)
    expect(existsSync(socketPath)).toBe(false)
    await listening(socketPath)
  })

  it('refuses, in Italian, a socket another process serves, and never removes it', async () => {
    const socketPath = path.join(dir, 'vivo.sock')
    await listening(socketPath)
    await expect(freeUnixSocket(socketPath)).rejects.toThrow('un altro processo è già in ascolto')
    expect(existsSync(socketPath)).toBe(true)
  })

  it('refuses a file that is not a socket, and leaves it alone', async () => {
    const file = path.join(dir, 'dati.txt')
    writeFileSync(file, 'non cancellarmi')
    await expect(freeUnixSocket(file)).rejects.toThrow('non è un socket')
    expect(existsSync(file)).toBe(true)
  })
})
