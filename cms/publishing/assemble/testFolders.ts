import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A temporary folder per test, and a writer of files into it by relative path. */
export function scratch(prefix: string) {
  const dirs: string[] = []
  return {
    make(): string {
      const dir = mkdtempSync(path.join(tmpdir(), `sportello-${prefix}-`))
      dirs.push(dir)
      return dir
    },
    cleanup(): void {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function put(dir: string, file: string, data: string | Buffer): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  writeFileSync(path.join(dir, file), data)
}
