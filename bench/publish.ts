// `npm run bench:publish`: time from the publish request to the new page being served, for the
// seed site and for a synthetic site of ~5,000 pages. The real pipeline runs: Payload's hook
// queues the job, the publisher loop (as in `npm start`) rebuilds into a new folder and swaps it
// in, and the public server (a child process, as in production) serves it.
// Usage: npm run bench:publish [-- --skip-synthetic] [--runs 5]
import { rmSync } from 'node:fs'
import path from 'node:path'

import { closePayload } from '../cms/closePayload'
import { rootDir } from '../cms/env'
import { startPublisherLoop } from '../cms/publishing/publisherLoop'
import { publishSite } from '../cms/publishing/publishSite'
import { siteFolders } from '../cms/publishing/siteFolders'
import { seededBenchDatabase } from './lib/benchDatabase'
import { startServer, stopServer } from './lib/servers'
import { addSyntheticNews } from './lib/syntheticContent'
import { printTable, seconds } from './lib/table'

const skipSynthetic = process.argv.includes('--skip-synthetic')
const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5
const outDir = path.join(rootDir, '.bench', 'dist-publish')
rmSync(outDir, { recursive: true, force: true })
// Settings of the benchmark's Payload, given before its config loads (in seededBenchDatabase).
process.env.SPORTELLO_SITE_OUT = outDir
process.env.SPORTELLO_PUBLIC_URL = 'http://127.0.0.1:3291'
const { payload, dataDir, env } = await seededBenchDatabase()

const rows: (string | number)[][] = []
const richText = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }] },
})

async function measure(name: string): Promise<void> {
  const first = await publishSite(payload, { outDir, reason: 'benchmark: prima costruzione' })
  if (first.status !== 'succeeded') throw new Error(first.error ?? 'costruzione non riuscita')
  const server = await startServer(['api/server.ts'], { ...env, PORT: '3291', SPORTELLO_SITE_DIR: siteFolders(outDir).liveClientDir, SPORTELLO_PUBLIC_URL: 'http://127.0.0.1:3291' }, 'http://127.0.0.1:3291/api/health')
  const loop = startPublisherLoop(payload, { intervalMs: 100 })
  const times: number[] = []
  try {
    for (let run = 1; run <= runs; run++) {
      const slug = `misura-pubblicazione-${Date.now()}-${run}`
      const started = performance.now()
      // What the admin does on "Pubblica modifiche": one save through Payload, hooks included.
      await payload.create({
        collection: 'news',
        data: { title: `Misura di pubblicazione ${run}`, slug, summary: 'Notizia del benchmark di pubblicazione.', body: richText('Testo.'), kind: 'notizia', publishedAt: new Date().toISOString(), _status: 'published' } as never,
      })
      for (;;) {
        const res = await fetch(`http://127.0.0.1:3291/notizie/${slug}/`)
        if (res.status === 200) break
        if (performance.now() - started > 600_000) throw new Error('la pagina non è apparsa in 10 minuti')
        await new Promise((r) => setTimeout(r, 50))
      }
      times.push(performance.now() - started)
      console.log(`  ${name}, pubblicazione ${run}: ${seconds(times.at(-1)!)}`)
    }
  } finally {
    await loop.stop()
    await stopServer(server)
  }
  const [last] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })).docs
  const sorted = [...times].sort((a, b) => a - b)
  rows.push([name, last?.pages ?? '', runs, seconds(sorted[Math.floor(sorted.length / 2)]!), seconds(sorted.at(-1)!),
    `Astro ${seconds(last?.timings?.astro ?? 0)}, ricerca ${seconds(last?.timings?.search ?? 0)}, compressione ${seconds(last?.timings?.compress ?? 0)}`])
}

await measure('seed (content/)')
if (!skipSynthetic) {
  const { totalDocs } = await payload.count({ collection: 'news' })
  const extra = Math.max(0, Math.round((5000 - 270) / 1.1) - (totalDocs - 25))
  console.log(`\nGenerazione di ${extra} notizie sintetiche per un sito di ~5.000 pagine…`)
  await addSyntheticNews(payload, extra)
  await measure('sintetico (~5.000 pagine)')
}
await closePayload(payload)
printTable('Dalla richiesta di pubblicazione alla pagina servita (hook → coda → costruzione incrementale → scambio)', ['sito', 'pagine', 'misure', 'mediana', 'peggiore', 'ultima costruzione'], rows)
rmSync(dataDir, { recursive: true, force: true })
rmSync(outDir, { recursive: true, force: true })
process.exit(0)
