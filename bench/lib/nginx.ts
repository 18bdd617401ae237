import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { debianNginx, type Upstream } from '../../api/static/nginxConfig'
import { proxyBodyLimit, sameMachineUpstreams, writeNginxConfig } from '../../api/static/nginxFront'
import { startServer, stopServer } from './servers'

/** Whether Debian's nginx is installed: the benchmarks run two processes behind it only then. */
export const nginxInstalled = () => existsSync(debianNginx)

/** nginx in front of `upstreams`, listening on `port`, with the configuration `npm start` writes (its files under `prefix`). */
export async function startNginx(prefix: string, port: number, upstreams: Upstream[], siteDir: string): Promise<ChildProcess> {
  const options = { listen: { host: '127.0.0.1', port }, upstreams, siteDir, publicUrl: new URL(`http://127.0.0.1:${port}`), maxBodyBytes: proxyBodyLimit }
  const child = spawn(debianNginx, await writeNginxConfig(options, prefix), { stdio: ['ignore', 'ignore', 'inherit'] })
  for (let attempt = 0; attempt < 60; attempt++) {
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child
    if (child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 250))
  }
  await stopServer(child)
  throw new Error(`nginx sulla porta ${port} non risponde`)
}

/** How a server listening at `upstream` is asked whether it is ready. */
const healthOf = (upstream: Upstream) =>
  'socket' in upstream ? { url: 'http://127.0.0.1/api/health', socketPath: upstream.socket } : { url: `http://127.0.0.1:${upstream.port}/api/health` }

/**
 * `processes` servers behind nginx on `port`, placed as `npm start` places them (api/static/nginxFront.ts: each on a Unix
 * socket beside nginx's files under `dir`): `serverOf` gives the command and settings of the one listening at an
 * upstream. Resolves to every child, nginx last; on a failure stops those already started.
 */
export async function startBehindNginx(dir: string, port: number, processes: number, siteDir: string, serverOf: (upstream: Upstream) => { args: string[]; env: Record<string, string> }): Promise<ChildProcess[]> {
  const prefix = path.join(dir, `nginx-${port}`)
  const upstreams = sameMachineUpstreams(port, processes, prefix)
  mkdirSync(prefix, { recursive: true })
  const children: ChildProcess[] = []
  try {
    for (const upstream of upstreams) {
      const { args, env } = serverOf(upstream)
      const { url, socketPath } = healthOf(upstream)
      children.push(await startServer(args, env, url, { socketPath }))
    }
    children.push(await startNginx(prefix, port, upstreams, siteDir))
    return children
  } catch (error) {
    await Promise.all(children.map((child) => stopServer(child)))
    throw error
  }
}
