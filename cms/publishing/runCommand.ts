import { spawn, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

import { rootDir } from '../env'
import { inheritedEnv } from '../settings/cmsSettings'
import type { Env } from '../settings/parseSettings'

/** Path of an npm-installed executable of this project. */
export const binPath = (name: string) => path.join(rootDir, 'node_modules', '.bin', name)

/**
 * Runs a command from the repository root to completion, with this process's environment plus `env`;
 * rejects with its exit code and output tail. `quiet` keeps the output to itself (its tail, for the error); `echo`
 * shows it as it comes and keeps it whole, and the promise gives it back.
 */
export function runCommand(command: string, args: string[], options: Omit<SpawnOptions, 'env'> & { quiet?: boolean; echo?: boolean; env?: Env } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const { quiet, echo, env, ...spawnOptions } = options
    const child = spawn(command, args, { cwd: rootDir, stdio: quiet || echo ? ['ignore', 'pipe', 'pipe'] : 'inherit', ...spawnOptions, env: inheritedEnv(env) })
    let output = ''
    const keep = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      output = echo ? output + chunk.toString() : (output + chunk.toString()).slice(-4000)
      if (echo) to.write(chunk)
    }
    child.stdout?.on('data', keep(process.stdout))
    child.stderr?.on('data', keep(process.stderr))
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve(output)
        : reject(new CommandError(`${path.basename(command)} ${args.join(' ')} è terminato con ${signal ?? `codice ${code}`}`, output.slice(-4000))),
    )
  })
}

/** A child command failed; `output` holds the end of what it printed. */
export class CommandError extends Error {
  override name = 'CommandError'
  constructor(message: string, readonly output: string) {
    super(message)
  }
}
