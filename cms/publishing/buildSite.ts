import { rmSync } from 'node:fs'

import type { Payload } from 'payload'

import { renderSite } from './render/renderSite'

/** Timings and counts of one full site build, for logs, benchmarks and tests. */
export type SiteBuildReport = { outDir: string; pages: number; compileMs: number; astroMs: number; searchMs: number; compressMs: number; totalMs: number }

/**
 * Builds the whole public site into outDir (outDir/client is what is served), outside the publisher's folders:
 * the compiled site renders every page from the CMS (compiling first when the templates changed), the search
 * index is written, and every text file gets Brotli and gzip twins.
 */
export async function buildSite(payload: Payload, outDir: string): Promise<SiteBuildReport> {
  const started = performance.now()
  rmSync(outDir, { recursive: true, force: true })
  const outcome = await renderSite(payload, outDir, null, { full: true })
  await outcome.afterSwap()
  return {
    outDir,
    pages: outcome.pages,
    compileMs: outcome.compileMs,
    astroMs: outcome.astroMs,
    searchMs: outcome.searchMs,
    compressMs: outcome.compressMs,
    totalMs: Math.round(performance.now() - started),
  }
}
