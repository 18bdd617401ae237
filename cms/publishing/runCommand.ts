import { spawn, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

import { rootDir } from '../env'

/** Path of an npm-installed executable of this project. */
export const binPath = (name: string) => path.join(rootDir, 'node_modules', '.bin', name)

/** Runs a command from the repository root to completion; rejects with its exit code and output tail. */
export function runCommand(command: string, args: string[], options: SpawnOptions & { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const { quiet, ...spawnOptions } = options
    const child = spawn(command, args, { cwd: rootDir, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', ...spawnOptions })
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
