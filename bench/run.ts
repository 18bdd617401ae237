// `npm run bench`: site build time and pages/s (seed and synthetic 5,000 pages), page weights, and
// the public server's throughput next to a bare node:http server, authenticated GET /api/me on SQLite and PostgreSQL
// (bench/me.ts), pagoPA receipts and application submissions per second. Prints tables for the README.
// Usage: npm run bench [-- --skip-synthetic] [--smoke] [--skip-me]
//   --smoke: the seed site only, 1 s of load per server, 20 receipts, 10 submissions (seconds; CI runs it so the
//   benchmark cannot rot: it must complete and print its tables).
//   --skip-me: without the /api/me table (CI's smoke: `npm run bench:me -- --smoke` runs the same bench/me.ts right after).
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { closePayload } from '../cms/closePayload'
import { rootDir } from '../cms/env'
import { buildSite, type SiteBuildReport } from '../cms/publishing/buildSite'
import { seededBenchDatabase } from './lib/benchDatabase'
import { loadGenerator, measureLoad } from './lib/load'
import { pageWeight } from './lib/pageWeight'
import { runPerDatabase } from './lib/perDatabase'
import { meHeaders } from './me'
import { measureReceipts, receiptHeaders } from './receipts'
import { defaultWarmup, measureSubmissions, submissionHeaders } from './submissions'
import { startServer, stopServer } from './lib/servers'
import { addSyntheticNews } from './lib/syntheticContent'
import { kb, printTable, seconds } from './lib/table'

const smoke = process.argv.includes('--smoke')
const skipSynthetic = smoke || process.argv.includes('--skip-synthetic')
const skipMe = process.argv.includes('--skip-me')
const loadSeconds = smoke ? 1 : 10
const { payload, dataDir, env } = await seededBenchDatabase()

const coldBuild = async (outDir: string) => {
  // Cold: no Astro content store or cache left from an earlier build.
  rmSync(path.join(rootDir, '.astro'), { recursive: true, force: true })
  const report = await buildSite(payload, outDir)
  return { report, pages: countPages(path.join(outDir, 'client')) }
}

const buildRows: (string | number)[][] = []
const addBuildRow = (name: string, { report, pages }: { report: SiteBuildReport; pages: number }) =>
  buildRows.push([name, pages, seconds(report.astroMs), seconds(report.totalMs), Math.round(pages / (report.astroMs / 1000))])

// Astro's server chunks resolve packages from where they are written: build inside the project.
const benchDir = path.join(rootDir, '.bench')
const seedOut = path.join(benchDir, 'dist-seed')
addBuildRow('seed (content/)', await coldBuild(seedOut))

const siteDir = path.join(seedOut, 'client')
const { docs: [service] } = await payload.find({ collection: 'services', limit: 1, sort: 'slug', where: { slug: { equals: 'cambio-di-residenza' } } })
const { docs: [news] } = await payload.find({ collection: 'news', limit: 1, sort: '-publishedAt' })
const weightRows = [
  ['home', '/'],
  [`servizio (${service?.slug})`, `/servizi/${service?.slug}/`],
  [`notizia (${news?.slug})`, `/notizie/${news?.slug}/`],
].map(([name, url]) => {
  const w = pageWeight(siteDir, url!)
  return [name!, kb(w.html), kb(w.css), kb(w.fonts), kb(w.js), kb(w.images), kb(w.total)]
})

const httpRows = await measureServers(siteDir, `/servizi/${service?.slug}/`)
// On SQLite and PostgreSQL, one process and two behind nginx, each database in a child of its own (bench/me.ts).
const me = skipMe ? { ok: true, rows: [] } : await runPerDatabase('bench/me.ts', smoke ? ['--smoke'] : [])
const receiptRows = await measureReceipts(payload, smoke ? 20 : 1000)
const submissionRows = await measureSubmissions(payload, env, 'SQLite', smoke ? 10 : 200, smoke ? 2 : 8)

if (!skipSynthetic) {
  const target = 5000
  const extra = Math.max(0, Math.round((target - Number(buildRows[0]![1])) / 1.1))
  console.log(`\nGenerazione di ${extra} notizie sintetiche per un sito di ~${target} pagine…`)
  await addSyntheticNews(payload, extra)
  addBuildRow('sintetico (~5.000 pagine)', await coldBuild(path.join(benchDir, 'dist-synthetic')))
}
await closePayload(payload)

printTable('Costruzione a freddo del sito (compilazione, resa delle pagine, indice di ricerca, compressione)', ['sito', 'pagine', 'resa', 'totale', 'pagine/s (resa)'], buildRows)
printTable('Byte trasferiti alla prima visita (Brotli, cache vuota)', ['pagina', 'HTML', 'CSS', 'font', 'JS', 'immagini', 'totale'], weightRows)
printTable(`Server pubblico su loopback (32 connessioni, ${loadSeconds} s, dopo il riscaldamento)`, ['endpoint', 'server', 'richieste/s', 'p99', 'rispetto a node:http'], httpRows)
if (!skipMe) printTable(`GET /api/me autenticato (${loadGenerator()}, 64 connessioni, ${loadSeconds} s; npm run bench:me per questa sola tabella)`, meHeaders, me.rows)
printTable(`Ricevute pagoPA elaborate (SQLite, ${smoke ? 20 : 1000} posizioni, 4 alla volta, 25% consegnate due volte)`, receiptHeaders, receiptRows)
printTable(`Domande presentate (SQLite, ${smoke ? '10 domande con un allegato PDF, 2' : '200 domande con un allegato PDF, 8'} alla volta, dopo ${defaultWarmup(smoke ? 10 : 200)} di riscaldamento; PostgreSQL: npm run bench:submissions)`, submissionHeaders, submissionRows)
rmSync(dataDir, { recursive: true, force: true })
rmSync(benchDir, { recursive: true, force: true })
process.exit(me.ok ? 0 : 1)

async function measureServers(root: string, pagePath: string): Promise<(string | number)[][]> {
  const ours = await startServer(['api/server.ts'], { ...env, PORT: '3290', SPORTELLO_SITE_DIR: root, SPORTELLO_PUBLIC_URL: 'http://127.0.0.1:3290' }, 'http://127.0.0.1:3290/api/health')
  const bare = await startServer(['bench/baselineServer.ts', root, '3299'], {}, 'http://127.0.0.1:3299/api/health')
  const rows: (string | number)[][] = []
  try {
    for (const [name, urlPath, headers] of [
      ['pagina statica (br)', pagePath, { 'accept-encoding': 'br' }],
      ['/api/health', '/api/health', {}],
    ] as const) {
      const base = await measureLoad(`http://127.0.0.1:3299${urlPath}`, headers, loadSeconds)
      const mine = await measureLoad(`http://127.0.0.1:3290${urlPath}`, headers, loadSeconds)
      if (mine.errors || mine.non2xx) throw new Error(`${urlPath}: ${mine.errors} errori, ${mine.non2xx} risposte non 2xx`)
      rows.push([name, 'node:http (riferimento)', base.requestsPerSecond, `${base.p99Ms} ms`, '100%'])
      rows.push([name, 'Sportello (Hono)', mine.requestsPerSecond, `${mine.p99Ms} ms`, `${Math.round((mine.requestsPerSecond / base.requestsPerSecond) * 100)}%`])
    }
  } finally {
    await Promise.all([stopServer(ours), stopServer(bare)])
  }
  return rows
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length
}
