import { spawn, type ChildProcess } from 'node:child_process'

import { rootDir } from '../../cms/env'
import { inheritedEnv } from '../../cms/settings/cmsSettings'

/** A child process of a test: its output kept, `exited` resolving with its code, `printed` waiting for a line. */
export type TestChild = {
  name: string
  child: ChildProcess
  exited: Promise<number | null>
  /** Resolves once the child has written `text`; fails if it ends first. */
  printed: (text: string) => Promise<void>
  output: () => string
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The processes a test starts (real servers, nginx), each with its output kept for the test's checks, and all killed
 * by `killAll` (the test's afterAll), so none outlives a failed test.
 */
export function testChildren() {
  const started: TestChild[] = []
  return {
    /** Starts `command` from the repository's root with the test's environment plus `env`. */
    launch(name: string, command: string, args: string[], env: Record<string, string>): TestChild {
      const child = spawn(command, args, { cwd: rootDir, stdio: ['ignore', 'pipe', 'pipe'], env: inheritedEnv(env) })
      let text = ''
      const append = (chunk: Buffer) => void (text += chunk.toString())
      child.stdout!.on('data', append)
      child.stderr!.on('data', append)
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      const printed = async (wanted: string) => {
        while (!text.includes(wanted)) {
          if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} è uscito senza scrivere «${wanted}»:\n${text}`)
          await pause(20)
        }
      }
      const launched = { name, child, exited, printed, output: () => text }
      started.push(launched)
      return launched
    },
    /** The real public server (api/server.ts) as one node process (tsx as a loader, not a wrapper: a signal reaches the server itself). */
    launchPublicServer(name: string, env: Record<string, string>): TestChild {
      return this.launch(name, process.execPath, ['--import', 'tsx', 'api/server.ts'], env)
    },
    /** Everything every child wrote, in the order they were started. */
    outputs: () => started.map((c) => c.output()),
    killAll(): void {
      for (const { child } of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    },
  }
}

/**
 * Waits until `url` answers 200 (a readiness endpoint, a page behind nginx); fails with the child's output if it ends
 * first. `status` asks another way (a process on a Unix socket), `url` then only names what is asked.
 */
export async function untilAnswers(url: string, process: TestChild, pollMs = 50, status = () => fetch(url).then((r) => r.status)): Promise<void> {
  while ((await status().catch(() => 0)) !== 200) {
    if (process.child.exitCode !== null || process.child.signalCode !== null) throw new Error(`${process.name} è uscito prima di rispondere su ${url}:\n${process.output()}`)
    await pause(pollMs)
  }
}
