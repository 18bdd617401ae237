// `npm run bench:publish`: how fast a publication goes live, for the seed site and synthetic sites of ~5,000 and
// ~20,000 pages, beside the full build of the same site. The real pipeline runs: Payload's hook queues the job, the
// publisher loop (as in `npm start`) renders what the change touches into a new folder and swaps it in, and the public
// server (a child process, as in production) serves it. Then a burst: many publications in a few seconds, the time
// from the last one until all are served, and what each build contained (from "Pubblicazioni del sito").
// Usage: npm run bench:publish [-- --skip-synthetic] [--runs 10] [--max 5000] [--smoke] [--out <folder>]
//   --smoke: the seed site only, 2 publications and a burst of 3 (seconds; for CI).
//   --out: where the published builds go (default .bench/publish/sito in the project). A full build creates some
//   20,000 files per 5,000 pages, so it measures the file system too: see README.md (publishing figures).
import { rmSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { closePayload } from '../cms/closePayload'
import { rootDir } from '../cms/env'
import type { SiteBuild } from '../cms/payload-types'
import { startPublisherLoop } from '../cms/publishing/publisherLoop'
import { publishSite } from '../cms/publishing/publishSite'
import { publishTaskSlug } from '../cms/publishing/rebuildQueue'
import { siteFolders } from '../cms/publishing/siteFolders'
import { seededBenchDatabase } from './lib/benchDatabase'
import { startServer, stopServer } from './lib/servers'
import { addSyntheticContent, syntheticCounts } from './lib/syntheticContent'
import { printTable, seconds } from './lib/table'

const argv = process.argv.slice(2)
const smoke = argv.includes('--smoke')
const skipSynthetic = smoke || argv.includes('--skip-synthetic')
const maxArg = argv.indexOf('--max')
/** `--max 5000`: only the synthetic sites up to that many pages (a quicker run; the 20k/5k ratio is then not measured). */
const maxPages = maxArg >= 0 ? Number(argv[maxArg + 1]) : Infinity
const runsArg = argv.indexOf('--runs')
const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : smoke ? 2 : 10
const burst = smoke ? { count: 3, withinMs: 1_500 } : { count: 20, withinMs: 10_000 }
if (!(runs >= 1)) throw new Error('--runs vuole un numero di misure (almeno 1)')

const port = 3291
const origin = `http://127.0.0.1:${port}`
const benchDir = path.join(rootDir, '.bench', 'publish')
// The live output folder of the benchmark's publisher (the queue's job publishes into SPORTELLO_SITE_OUT), anywhere:
// a build's server/ is a link to the compiled site, whose chunks resolve packages from the project's node_modules.
const outArg = argv.indexOf('--out')
// A folder of its own inside the one given, removed at the end.
const outDir = outArg >= 0 ? path.join(path.resolve(argv[outArg + 1]!), `sportello-bench-${process.pid}`) : path.join(benchDir, 'sito')
rmSync(benchDir, { recursive: true, force: true })
// Settings of the benchmark's Payload, given before its config loads (in seededBenchDatabase).
process.env.SPORTELLO_SITE_OUT = outDir
process.env.SPORTELLO_PUBLIC_URL = origin
process.env.SPORTELLO_PUBLISHING = 'on'
const { payload, dataDir, env } = await seededBenchDatabase()
const { settingsOf } = await import('../cms/settings/cmsSettings')

/** The fields the incremental publisher (issue 18) adds to site-builds; optional, so older builds read too. */
type BenchBuild = SiteBuild & { kind?: string | null; rendered?: number | null; removed?: number | null; changedPaths?: string | null; timings?: Record<string, number | null | undefined> | null }
type PublishOptions = Parameters<typeof publishSite>[1] & { full?: boolean }

type SiteResult = {
  name: string
  pages: number
  fullMs: number
  fullBuild: BenchBuild
  times: number[]
  lastIncremental?: BenchBuild
  burst: { sinceLastMs: number; builds: BenchBuild[] }
}
const results: SiteResult[] = []
const generation: (string | number)[][] = []

const richText = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }] },
})
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!
const worst = (xs: number[]) => Math.max(...xs)
let published = 0

/** What the admin does on "Pubblica": one save through Payload, hooks included. Returns the page's path. */
async function publishNews(label: string): Promise<string> {
  const slug = `misura-pubblicazione-${process.pid}-${++published}`
  await payload.create({
    collection: 'news',
    data: { title: `${label} ${published}`, slug, generateSlug: false, summary: 'Notizia del benchmark di pubblicazione.', body: richText('Testo.'), kind: 'notizia', publishedAt: new Date().toISOString(), _status: 'published' } as never,
  })
  return `/notizie/${slug}/`
}

async function served(pathname: string): Promise<boolean> {
  const res = await fetch(`${origin}${pathname}`).catch(() => undefined)
  await res?.arrayBuffer()
  return res?.status === 200
}

/** Waits until every path is served, polling; throws after `limitMs`. */
async function untilServed(paths: string[], limitMs = 600_000): Promise<void> {
  const started = performance.now()
  const waiting = new Set(paths)
  while (waiting.size > 0) {
    for (const p of [...waiting]) if (await served(p)) waiting.delete(p)
    if (waiting.size === 0) break
    if (performance.now() - started > limitMs) throw new Error(`${[...waiting].join(', ')}: non servite dopo ${seconds(limitMs)}`)
    await sleep(25)
  }
}

async function queueIdle(limitMs = 600_000): Promise<void> {
  const started = performance.now()
  for (;;) {
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: publishTaskSlug } }, { completedAt: { exists: false } }] } })
    if (totalDocs === 0) return
    if (performance.now() - started > limitMs) throw new Error('la coda di pubblicazione non si è svuotata')
    await sleep(50)
  }
}

async function buildsSince(since: Date): Promise<BenchBuild[]> {
  const { docs } = await payload.find({ collection: 'site-builds', where: { startedAt: { greater_than_equal: since.toISOString() } }, sort: 'startedAt', limit: 0, pagination: false, depth: 0 })
  return docs as BenchBuild[]
}

async function fullBuild(reason: string): Promise<{ ms: number; cpuMs: number; systemMs: number; build: BenchBuild }> {
  // Every page rendered into a new, empty build folder: nothing reused but the compiled site (kept in the output
  // folder by the publisher, compiled by the first build of the run).
  const options: PublishOptions = { outDir, reason, full: true }
  const started = performance.now()
  // The CPU of every thread of this process (renderer, writing threads, zlib's pool): on a shared machine it moves
  // less than the wall time, and says how far two cores are from the target.
  const cpu = process.cpuUsage()
  const build = (await publishSite(payload, options)) as BenchBuild
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  if (build.status !== 'succeeded') throw new Error(build.error ?? 'costruzione non riuscita')
  return { ms, cpuMs: (used.user + used.system) / 1000, systemMs: used.system / 1000, build }
}

async function measure(name: string): Promise<void> {
  console.log(`\n${name}: costruzione completa…`)
  const full = await fullBuild(`benchmark: costruzione completa (${name})`)
  const pages = full.build.pages ?? 0
  console.log(`  ${pages} pagine in ${seconds(full.ms)} (${Math.round(pages / (full.ms / 1000))} pagine/s; CPU ${seconds(full.cpuMs)} di cui ${seconds(full.systemMs)} nel sistema, ${(full.cpuMs / Math.max(pages, 1)).toFixed(2)} ms a pagina; ${describeBuild(full.build)})`)
  const server = await startServer(['api/server.ts'], { ...env, PORT: String(port), SPORTELLO_SITE_DIR: siteFolders(outDir).liveClientDir, SPORTELLO_PUBLIC_URL: origin }, `${origin}/api/health`)
  // As in `npm start`: the publisher runs the queue in the CMS process, with its default cadence.
  const loop = startPublisherLoop(payload)
  const times: number[] = []
  let lastIncremental: BenchBuild | undefined
  let burstResult: SiteResult['burst']
  try {
    for (let run = 1; run <= runs; run++) {
      const since = new Date()
      const started = performance.now()
      const page = await publishNews('Misura di pubblicazione')
      await untilServed([page])
      times.push(performance.now() - started)
      await queueIdle()
      lastIncremental = (await buildsSince(since)).at(-1)
      console.log(`  pubblicazione ${run}: ${seconds(times.at(-1)!)} (${describeBuild(lastIncremental)})${sections(lastIncremental)}`)
    }

    // The burst: `count` publications evenly spread over `withinMs`, as a newsroom in an emergency.
    const since = new Date()
    const pagesOfBurst: string[] = []
    const gap = burst.withinMs / burst.count
    const burstStarted = performance.now()
    for (let i = 0; i < burst.count; i++) {
      const due = burstStarted + i * gap
      if (performance.now() < due) await sleep(due - performance.now())
      pagesOfBurst.push(await publishNews('Raffica'))
    }
    const lastSaved = performance.now()
    await untilServed(pagesOfBurst)
    const sinceLastMs = performance.now() - lastSaved
    await queueIdle()
    burstResult = { sinceLastMs, builds: await buildsSince(since) }
    console.log(`  raffica di ${burst.count} in ${seconds(lastSaved - burstStarted)}: tutte servite ${seconds(sinceLastMs)} dopo l’ultima, ${burstResult.builds.length} costruzioni`)
  } finally {
    await loop.stop()
    await stopServer(server)
  }
  results.push({ name, pages, fullMs: full.ms, fullBuild: full.build, times, lastIncremental, burst: burstResult })
}

const timingLabels: Record<string, string> = { astro: 'resa', render: 'resa', search: 'ricerca', compress: 'compressione' }
function describeTimings(build: BenchBuild | undefined): string {
  const timings = Object.entries(build?.timings ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number')
  return timings.map(([key, ms]) => `${timingLabels[key] ?? key} ${seconds(ms)}`).join(', ')
}
function describeBuild(build: BenchBuild | undefined): string {
  if (!build) return 'nessuna costruzione'
  const kind = build.kind ?? 'completa (Astro)'
  const rendered = build.rendered != null ? `, ${build.rendered} rese` : ''
  const removed = build.removed ? `, ${build.removed} rimosse` : ''
  return `${kind}${rendered}${removed}, ${seconds(build.durationMs ?? 0)}${describeTimings(build) ? `: ${describeTimings(build)}` : ''}`
}

// The first build compiles the site (when its templates changed since the last run) and loads the renderer: not measured.
console.log('Prima costruzione (compilazione del sito, non misurata)…')
await fullBuild('benchmark: prima costruzione')
await measure('seed (content/)')
if (!skipSynthetic) {
  const seedPages = results[0]!.pages
  for (const [name, target] of [['sintetico ~5.000 pagine', 5_000], ['sintetico ~20.000 pagine', 20_000]] as const) {
    if (target > maxPages) continue
    const counts = syntheticCounts(target - seedPages)
    const started = performance.now()
    const added = await addSyntheticContent(payload, counts)
    const ms = performance.now() - started
    const total = added.news + added.events + added.services + added.topics
    generation.push([name, added.news, added.events, added.services, added.topics, seconds(ms), Math.round(total / (ms / 1000))])
    console.log(`\nGenerati ${total} contenuti sintetici in ${seconds(ms)} (${JSON.stringify(added)})`)
    await measure(name)
  }
}
const { publishDebounceMs } = settingsOf(payload)
await closePayload(payload)
const at5k = results.find((r) => r.name.includes('5.000'))
const at20k = results.find((r) => r.name.includes('20.000'))

if (generation.length) printTable('Generazione dei contenuti sintetici (inserimento diretto nel database)', ['sito', 'notizie', 'eventi', 'servizi', 'argomenti', 'tempo', 'documenti/s'], generation)
printTable(
  `Dalla richiesta di pubblicazione alla pagina servita (hook → coda → costruzione incrementale → scambio → server pubblico), ${runs} misure; attesa dopo il salvataggio ${publishDebounceMs} ms; costruzioni in ${path.dirname(outDir)}`,
  ['sito', 'pagine', 'completa', 'pagine/s', 'mediana', 'peggiore', 'completa/mediana', 'ultima incrementale'],
  results.map((r) => [
    r.name, r.pages, seconds(r.fullMs), Math.round(r.pages / (r.fullMs / 1000)), seconds(median(r.times)), seconds(worst(r.times)),
    `${(r.fullMs / median(r.times)).toFixed(1)}×`, describeBuild(r.lastIncremental),
  ]),
)
if (at5k && at20k) console.log(`\nMediana a 20.000 pagine / mediana a 5.000: ${(median(at20k.times) / median(at5k.times)).toFixed(2)}×`)
printTable(
  `Raffica: ${burst.count} pubblicazioni in ${seconds(burst.withinMs)}`,
  ['sito', 'dall’ultima a tutte servite', 'costruzioni', 'contenuto di ciascuna (tipo, pagine rese, durata, motivo)'],
  results.map((r) => [
    r.name, seconds(r.burst.sinceLastMs), r.burst.builds.length,
    r.burst.builds.map((b) => `${b.kind ?? 'completa (Astro)'}${b.rendered != null ? ` ${b.rendered} rese` : ''} ${seconds(b.durationMs ?? 0)} «${countReasons(b.reason)}»`).join('; '),
  ]),
)

// The targets of issue 18, beside the figures.
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'non misurato' : ok ? 'sì' : 'NO')
const targets: (string | number)[][] = [
  ['mediana pubblicazione → online a 5.000 pagine', '≤ 2,0 s', at5k ? seconds(median(at5k.times)) : '—', verdict(at5k && median(at5k.times) <= 2000)],
  ['peggiore pubblicazione → online a 5.000 pagine', '≤ 3,0 s', at5k ? seconds(worst(at5k.times)) : '—', verdict(at5k && worst(at5k.times) <= 3000)],
  ['mediana a 20.000 / mediana a 5.000', '≤ 1,2×', at5k && at20k ? `${(median(at20k.times) / median(at5k.times)).toFixed(2)}×` : '—', verdict(at5k && at20k && median(at20k.times) <= 1.2 * median(at5k.times))],
  ['costruzione completa a freddo, 5.000 pagine', '≥ 500 pagine/s', at5k ? `${Math.round(at5k.pages / (at5k.fullMs / 1000))} pagine/s` : '—', verdict(at5k && at5k.pages / (at5k.fullMs / 1000) >= 500)],
  ...results.map((r) => [`raffica (${r.name}): dall’ultima a tutte online`, '≤ 5,0 s', seconds(r.burst.sinceLastMs), verdict(burst.count < 20 ? undefined : r.burst.sinceLastMs <= 5000)]),
]
printTable('Obiettivi (issue 18) e misure', ['obiettivo', 'soglia', 'misura', 'raggiunto'], targets)

rmSync(dataDir, { recursive: true, force: true })
rmSync(benchDir, { recursive: true, force: true })
rmSync(outDir, { recursive: true, force: true })
process.exit(0)

/** Where the paths a build rewrote are, by first segment ("notizie 12, argomenti 3"): what a publication costs, and why. */
function sections(build: BenchBuild | undefined): string {
  const paths = (build?.changedPaths ?? '').split(/\s+/).filter(Boolean)
  if (paths.length === 0) return ''
  const count = new Map<string, number>()
  for (const p of paths) {
    const section = p.replace(/^\/+/, '').split('/')[0] || '/'
    count.set(section, (count.get(section) ?? 0) + 1)
  }
  return `\n    pagine riscritte: ${[...count].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(', ')}`
}

/** A build's reason, shortened to how many publications it carried and the first of them. */
function countReasons(reason: string | null | undefined): string {
  const parts = (reason ?? '').split('; ').filter(Boolean)
  return parts.length <= 1 ? (reason ?? '') : `${parts.length} modifiche: ${parts[0]} …`
}
