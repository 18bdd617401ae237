import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import lockfile from 'proper-lockfile'

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

const digests = new Map<string, string>()

/**
 * The digest of the site's templates, code and the settings baked into the bundle (the public URL). Read once per
 * process, not on every publication: the code does not change under a running publisher (a deploy restarts it).
 */
export function templatesDigest(publicUrl: string): string {
  let digest = digests.get(publicUrl)
  if (!digest) digests.set(publicUrl, (digest = digestOfSources(publicUrl)))
  return digest
}

function digestOfSources(publicUrl: string): string {
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
export async function ensureCompiled(publicUrl: string, options: { quiet?: boolean; cacheDir: string }): Promise<CompiledSite> {
  const started = performance.now()
  const digest = templatesDigest(publicUrl)
  const dir = path.join(compiledRoot, digest)
  const done = (ms: number): CompiledSite => ({ digest, dir, clientDir: path.join(dir, 'client'), serverDir: path.join(dir, 'server'), ms })
  if (existsSync(path.join(dir, 'server', 'entry.mjs'))) return done(0)
  // One compile at a time per checkout (parallel test workers, a publisher and a build script): the others wait and
  // find it done.
  mkdirSync(compiledRoot, { recursive: true })
  const release = await lockfile.lock(compiledRoot, { lockfilePath: path.join(compiledRoot, '.compilazione.lock'), stale: 60_000, update: 10_000, retries: { forever: true, minTimeout: 200, maxTimeout: 2_000 } })
  try {
    if (existsSync(path.join(dir, 'server', 'entry.mjs'))) return done(Math.round(performance.now() - started))
    await compileInto(dir, options)
    pruneCompiled(dir)
  } finally {
    await release()
  }
  return done(Math.round(performance.now() - started))
}

/** Keeps the three most recent compiled sites (a code change makes a new one; builds still served may use the last). */
function pruneCompiled(keep: string): void {
  const dirs = readdirSync(compiledRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.endsWith('.tmp'))
    .map((e) => path.join(compiledRoot, e.name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  for (const dir of dirs.slice(3)) if (dir !== keep) rmSync(dir, { recursive: true, force: true })
}

/** Where compiled sites live: inside the checkout, so their server chunks resolve packages from its node_modules. */
export const compiledRoot = path.join(rootDir, '.compiled-site')

async function compileInto(dir: string, options: { quiet?: boolean; cacheDir: string }): Promise<void> {
  const temporary = `${dir}.${process.pid}.tmp`
  rmSync(temporary, { recursive: true, force: true })
  await runCommand(binPath('astro'), ['build', '--silent'], {
    quiet: options.quiet ?? true,
    env: { SPORTELLO_RENDER_BUNDLE: '1', SPORTELLO_SITE_OUT: temporary, SPORTELLO_ASTRO_CACHE: options.cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  })
  // The assets and public files get their Brotli and gzip twins once here; every build links them.
  const client = path.join(temporary, 'client')
  await precompressFiles(client, readdirSync(client, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(client, path.join(e.parentPath, e.name))), { gzip: true })
  rmSync(dir, { recursive: true, force: true })
  renameSync(temporary, dir)
}
