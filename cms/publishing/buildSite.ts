import path from 'node:path'

import { binPath, runCommand } from './runCommand'
import { precompressFolder } from './precompress'
import { indexSite } from './searchIndex'

/** Timings and counts of one site build, for logs, the admin and benchmarks. */
export type SiteBuildReport = { outDir: string; pages: number; astroMs: number; searchMs: number; compressMs: number; totalMs: number }

/**
 * Builds the public site into outDir: Astro renders every published page from the CMS, Pagefind
 * indexes them, and every text file gets Brotli and gzip twins. outDir/client is what is served.
 */
export async function buildSite(outDir: string, options: { quiet?: boolean; env?: Record<string, string>; previousDir?: string | null; cacheDir?: string } = {}): Promise<SiteBuildReport> {
  const started = performance.now()
  await runCommand(binPath('astro'), ['build', '--silent'], {
    quiet: options.quiet,
    env: {
      ...options.env, SPORTELLO_SITE_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1',
      // Without a shared cache folder the build is cold: nothing is reused from an earlier one. Beside the
      // output, never inside it: Astro empties its output folder after syncing content, store included.
      SPORTELLO_ASTRO_CACHE: options.cacheDir ?? `${outDir}.astro-cache`,
    },
  })
  const astroDone = performance.now()
  const clientDir = path.join(outDir, 'client')
  const { pages } = await indexSite(clientDir)
  const searchDone = performance.now()
  await precompressFolder(clientDir, options.previousDir && path.join(options.previousDir, 'client'))
  const done = performance.now()
  return {
    outDir,
    pages,
    astroMs: Math.round(astroDone - started),
    searchMs: Math.round(searchDone - astroDone),
    compressMs: Math.round(done - searchDone),
    totalMs: Math.round(done - started),
  }
}

/** The publisher's builder: a quiet build that reuses what it can from the live one and the cache. */
export async function siteBuilder(outDir: string, previousDir: string | null, cacheDir: string): Promise<SiteBuildReport> {
  return buildSite(outDir, { quiet: true, previousDir, cacheDir })
}
