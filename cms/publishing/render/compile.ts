import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import { rootDir } from '../../env'
import { precompressFiles } from '../assemble/compress'
import { binPath, runCommand } from '../runCommand'

/** What the compiled site is made of: a change to any of these needs a new compile and a full render. */
const sources = ['site', 'astro.config.mjs', 'package-lock.json', 'cms/constants', 'cms/fields/safeUrl.ts', 'cms/format/icsLines.ts']

function filesUnder(entry: string): string[] {
  const full = path.join(rootDir, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.test\.ts$/.test(e.name))
    .map((e) => path.relative(rootDir, path.join(e.parentPath, e.name)))
    .sort()
}

/** The digest of the site's templates, code and the settings baked into the bundle (the public URL). */
export function templatesDigest(publicUrl: string): string {
  const hash = createHash('sha256').update(publicUrl).update('\0')
  for (const file of sources.flatMap(filesUnder)) hash.update(file).update('\0').update(readFileSync(path.join(rootDir, file))).update('\0')
  return hash.digest('hex').slice(0, 16)
}

export type CompiledSite = { digest: string; dir: string; clientDir: string; serverDir: string; ms: number }

/**
 * The compiled site for the current templates: Astro builds it once (every route on demand, no content) into
 * <out>/compiled/<digest>/ and every later publication renders pages with it. Compiling is the slow part of an
 * Astro build (configuration, types, Vite); it happens when the code changes, not when content does.
 */
export async function ensureCompiled(outDir: string, publicUrl: string, options: { quiet?: boolean; cacheDir: string }): Promise<CompiledSite> {
  const started = performance.now()
  const digest = templatesDigest(publicUrl)
  const dir = path.join(outDir, 'compiled', digest)
  const done = (ms: number): CompiledSite => ({ digest, dir, clientDir: path.join(dir, 'client'), serverDir: path.join(dir, 'server'), ms })
  if (existsSync(path.join(dir, 'server', 'entry.mjs'))) return done(0)
  const temporary = `${dir}.${process.pid}.tmp`
  rmSync(temporary, { recursive: true, force: true })
  await runCommand(binPath('astro'), ['build', '--silent'], {
    quiet: options.quiet ?? true,
    env: { SPORTELLO_RENDER_BUNDLE: '1', SPORTELLO_SITE_OUT: temporary, SPORTELLO_ASTRO_CACHE: options.cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  })
  // The assets and public files get their Brotli and gzip twins once here; every build links them.
  const client = path.join(temporary, 'client')
  await precompressFiles(client, readdirSync(client, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(client, path.join(e.parentPath, e.name))))
  rmSync(dir, { recursive: true, force: true })
  renameSync(temporary, dir)
  return done(Math.round(performance.now() - started))
}
