// Builds the public site (Astro + Pagefind + precompression) into dist/ and prints the timings.
import path from 'node:path'

import { rootDir } from '../cms/env'
import { buildSite } from '../cms/publishing/buildSite'

const outDir = path.resolve(process.argv[2] ?? path.join(rootDir, 'dist'))
const report = await buildSite(outDir)
console.log(`Sito costruito in ${outDir}: ${report.pages} pagine in ${(report.totalMs / 1000).toFixed(1)} s ` +
  `(Astro ${report.astroMs} ms, ricerca ${report.searchMs} ms, compressione ${report.compressMs} ms)`)
