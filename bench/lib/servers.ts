import { spawn, type ChildProcess } from 'node:child_process'

import { unshedLoad } from '../../api/testing/loadLimits'
import { getFrom } from '../../api/testing/upstreamGet'
import { rootDir } from '../../cms/env'
import { binPath } from '../../cms/publishing/runCommand'
import { inheritedEnv } from '../../cms/settings/cmsSettings'

/** The status a GET of `url` gets (through the Unix socket `socketPath` when given), or null when nothing answers. */
const statusOf = (url: string, socketPath?: string): Promise<number | null> =>
  (socketPath ? getFrom({ socket: socketPath }, new URL(url).pathname) : fetch(url)).then((r) => r.status, () => null)

/**
 * Starts a server as a child process and resolves once `readyUrl` answers 200 (through the Unix socket `socketPath`
 * when it listens on one). `killable` runs it as one node process (tsx as a loader, not as a wrapper) so a SIGKILL
 * reaches the server itself.
 */
export async function startServer(args: string[], env: Record<string, string>, readyUrl: string, { killable = false, socketPath }: { killable?: boolean; socketPath?: string } = {}): Promise<ChildProcess> {
  // A server left running on the port (an earlier run killed halfway) would answer for the new one, and be measured.
  if ((await statusOf(readyUrl, socketPath)) !== null) throw new Error(`${socketPath ?? new URL(readyUrl).host} risponde già prima dell'avvio di ${args.join(' ')}: un server rimasto da un'esecuzione precedente? Fermarlo e riprovare.`)
  const [command, argv] = killable ? [process.execPath, ['--import', 'tsx', ...args]] : [binPath('tsx'), args]
  const withLimits = { ...unshedLoad, ...env }
  const child = spawn(command, argv, { cwd: rootDir, env: inheritedEnv(withLimits), stdio: ['ignore', 'ignore', 'inherit'] })
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = (await statusOf(readyUrl, socketPath)) === 200
    if (ok) return child
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} è terminato prima di essere pronto`)
    await new Promise((r) => setTimeout(r, 500))
  }
  child.kill()
  throw new Error(`${readyUrl} non risponde`)
}

/** Stops a child server (SIGTERM, or `signal`) and waits for it to exit. */
export function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill(signal)
  })
}
