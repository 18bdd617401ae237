// Builds the whole public site (compiled site + every page + search index + precompression) into dist/ and prints the timings.
import path from 'node:path'

import { getPayload } from 'payload'

import { closePayload } from '../cms/closePayload'
import { rootDir } from '../cms/env'
import config from '../cms/payload.config'
import { buildSite } from '../cms/publishing/buildSite'
import { closeRenderer } from '../cms/publishing/render/renderSite'

const outDir = path.resolve(process.argv[2] ?? path.join(rootDir, 'dist'))
const payload = await getPayload({ config })
const report = await buildSite(payload, outDir)
console.log(`Sito costruito in ${outDir}: ${report.pages} pagine in ${(report.totalMs / 1000).toFixed(1)} s ` +
  `(compilazione ${report.compileMs} ms, pagine ${report.astroMs} ms, ricerca ${report.searchMs} ms, compressione ${report.compressMs} ms)`)
await closeRenderer()
await closePayload(payload)
