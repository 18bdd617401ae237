import { spawn, type ChildProcess } from 'node:child_process'

import { rootDir } from '../env'
import { binPath } from '../publishing/runCommand'
import { inheritedEnv } from '../settings/cmsSettings'
import type { Env } from '../settings/parseSettings'

/**
 * What the servers get besides this process's environment, where the admin listens, and what else stops with them;
 * with a proxy in front (nginx), the settings of each public-server process behind it.
 */
export type ServerOptions = {
  env: Env
  adminPort: number
  adminHost: string
  onStop: () => Promise<void>
  front?: { proxy: { command: string; args: string[] }; publicServers: Env[] }
}

/**
 * `npm start`: runs the public server, the admin and the publisher as child processes, each line of
 * their output prefixed with the server's name. Ctrl-C, or any server stopping, stops them all.
 */
export function startServers({ env, adminPort, adminHost, onStop, front }: ServerOptions): void {
  const publicServers = front
    ? front.publicServers.map((own, i) => launch(`pubblico ${i + 1}`, binPath('tsx'), ['api/server.ts'], { ...env, ...own }))
    : [launch('pubblico', binPath('tsx'), ['api/server.ts'], env)]
  const children = [
    ...publicServers,
    ...(front ? [launch('nginx', front.proxy.command, front.proxy.args, env)] : []),
    // The admin listens on loopback only, for a reverse proxy on the same machine, unless ADMIN_HOST opens it wider.
    launch('admin', binPath('next'), ['start', 'cms', '-p', String(adminPort), '-H', adminHost], env),
    launch('pubblicazione', binPath('tsx'), ['scripts/publisher.ts'], env),
  ]
  let stopping = false
  const stopAll = () => {
    if (stopping) return
    stopping = true
    console.log('\nArresto dei server…')
    for (const child of children) child.kill('SIGTERM')
    void onStop()
    // Each public server drains its requests for up to SPORTELLO_SHUTDOWN_GRACE_SECONDS (25 s by default) and exits;
    // this only ends a child that never does.
    setTimeout(() => process.exit(0), 60_000).unref()
  }
  process.on('SIGINT', stopAll)
  process.on('SIGTERM', stopAll)
  for (const child of children) {
    child.on('exit', (code) => {
      if (!stopping) console.error(`Un server si è fermato (codice ${code}): arresto anche gli altri.`)
      stopAll()
      if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(stopping ? 0 : 1)
    })
  }
}

function launch(name: string, command: string, args: string[], env: Env): ChildProcess {
  const child = spawn(command, args, { cwd: rootDir, env: inheritedEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).map((l) => `[${name}] ${l}`).join('\n')
  child.stdout?.on('data', (chunk: Buffer) => console.log(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => console.error(prefix(chunk)))
  return child
}
