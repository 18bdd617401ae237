import { spawn, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

import { rootDir } from '../env'
import { inheritedEnv } from '../settings/cmsSettings'
import type { Env } from '../settings/parseSettings'

/** Path of an npm-installed executable of this project. */
export const binPath = (name: string) => path.join(rootDir, 'node_modules', '.bin', name)

/**
 * Runs a command from the repository root to completion, with this process's environment plus `env`;
 * rejects with its exit code and output tail.
 */
export function runCommand(command: string, args: string[], options: Omit<SpawnOptions, 'env'> & { quiet?: boolean; env?: Env } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const { quiet, env, ...spawnOptions } = options
    const child = spawn(command, args, { cwd: rootDir, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', ...spawnOptions, env: inheritedEnv(env) })
    let tail = ''
    const keep = (chunk: Buffer) => void (tail = (tail + chunk.toString()).slice(-4000))
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new CommandError(`${path.basename(command)} ${args.join(' ')} è terminato con ${signal ?? `codice ${code}`}`, tail)),
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
