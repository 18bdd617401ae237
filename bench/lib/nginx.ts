import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { debianNginx } from '../../api/static/nginxConfig'
import { proxyBodyLimit, writeNginxConfig } from '../../api/static/nginxFront'
import { stopServer } from './servers'

/** Whether Debian's nginx is installed: the benchmarks run two processes behind it only then. */
export const nginxInstalled = () => existsSync(debianNginx)

/** nginx in front of `upstreamPorts`, listening on `port`, with the configuration `npm start` writes (its files under `dir`). */
export async function startNginx(dir: string, port: number, upstreamPorts: number[], siteDir: string): Promise<ChildProcess> {
  const options = { listen: { host: '127.0.0.1', port }, upstreamPorts, siteDir, publicUrl: new URL(`http://127.0.0.1:${port}`), maxBodyBytes: proxyBodyLimit }
  const child = spawn(debianNginx, await writeNginxConfig(options, path.join(dir, `nginx-${port}`)), { stdio: ['ignore', 'ignore', 'inherit'] })
  for (let attempt = 0; attempt < 60; attempt++) {
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child
    if (child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 250))
  }
  await stopServer(child)
  throw new Error(`nginx sulla porta ${port} non risponde`)
}
