import { spawn, type ChildProcess } from 'node:child_process'

import { binPath } from '../../cms/publishing/runCommand'

/** Starts a server as a child process and resolves once `readyUrl` answers 200. */
export async function startServer(args: string[], env: Record<string, string>, readyUrl: string): Promise<ChildProcess> {
  const child = spawn(binPath('tsx'), args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = await fetch(readyUrl).then((r) => r.ok, () => false)
    if (ok) return child
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} è terminato prima di essere pronto`)
    await new Promise((r) => setTimeout(r, 500))
  }
  child.kill()
  throw new Error(`${readyUrl} non risponde`)
}

/** Stops a child server and waits for it to exit. */
export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
