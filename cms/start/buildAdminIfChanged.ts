import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { rootDir } from '../env'
import { binPath, runCommand } from '../publishing/runCommand'

/** `npm start`: builds the Next.js admin only when its sources or dependencies changed since the last build. */
export async function buildAdminIfChanged(): Promise<void> {
  const stamp = path.join(rootDir, 'cms', '.next', 'sportello-sources.sha256')
  const hash = sourcesHash([path.join(rootDir, 'cms'), path.join(rootDir, 'package-lock.json')])
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(path.join(rootDir, 'cms', '.next', 'BUILD_ID'))) {
    console.log('  già costruito')
    return
  }
  console.log('  costruzione in corso (la prima volta richiede un paio di minuti)…')
  await runCommand(binPath('next'), ['build', 'cms'], { quiet: true, env: { NODE_OPTIONS: '--no-deprecation' } })
  writeFileSync(stamp, hash)
}

function sourcesHash(paths: string[]): string {
  const hash = createHash('sha256')
  const visit = (p: string) => {
    const stats = statSync(p)
    if (stats.isDirectory()) {
      for (const entry of readdirSync(p).sort()) if (entry !== '.next' && entry !== 'node_modules') visit(path.join(p, entry))
    } else {
      hash.update(p).update(readFileSync(p))
    }
  }
  for (const p of paths) visit(p)
  return hash.digest('hex')
}
