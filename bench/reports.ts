// The public map's list endpoint at 10,000 reports, and reports created per second, on SQLite and
// PostgreSQL. The reports are written straight into a fresh database; the real public server (a child
// process, api/server.ts) then answers GET /api/segnalazioni: the first request (the markers built and
// cached for this version of the data), then autocannon on the cached answer in Brotli and on 304
// revalidations, with the bytes raw, gzip and Brotli. Then createReport — the engine behind the citizen's
// form — takes N guest reports with one phone photo (re-encoded, metadata removed, confirmation email sent
// to a local mailbox), C at a time, and every one is checked afterwards.
// Usage: npm run bench:reports [-- REPORTS [CREATES [C]]]   (defaults: 10000 reports, 200 created, 4 at a time).
import http from 'node:http'
import { pathToFileURL } from 'node:url'

import type { Payload } from 'payload'

import { createReport } from '../cms/reports/create'
import { jpegWithGps } from '../cms/reports/testPhotos'
import { seedReportBasics } from '../cms/reports/testFixtures'
import { startTestMailbox, type TestMailbox } from '../cms/testing/testMailbox'
import { assignedDatabase, databaseLabels, freshDatabase, reportRows, runPerDatabase } from './lib/perDatabase'
import { measureLoad } from './lib/load'
import { timedPhase } from './lib/pool'
import { insertBenchReports } from './lib/reportData'
import { startServer, stopServer } from './lib/servers'
import { kb, printTable } from './lib/table'

export const reportHeaders = ['database', 'misura', 'quanti', 'p50', 'p99', 'al secondo', 'byte']
const ms = (value: number) => (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`)
const port = 3295

/** One GET with the bytes exactly as sent (no decompression): status, headers, size. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number; ms: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => (bytes += chunk.length))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes, ms: performance.now() - started }))
    }).on('error', reject)
  })
}

/** The map endpoint at `total` reports on one database: its rows, and whether the answers were right. */
async function measureMap(payload: Payload, env: Record<string, string>, database: string, total: number) {
  const basics = await seedReportBasics(payload)
  const insertStarted = performance.now()
  await insertBenchReports(payload, basics, total)
  const insertSeconds = (performance.now() - insertStarted) / 1000
  const origin = `http://127.0.0.1:${port}`
  const server = await startServer(['api/server.ts'], { ...env, PORT: String(port), SPORTELLO_PUBLIC_URL: origin, SPORTELLO_SITE_DIR: env.SPORTELLO_DATA_DIR!, SPORTELLO_MAP_TILES: 'off' }, `${origin}/api/health`)
  try {
    const url = `${origin}/api/segnalazioni`
    const cold = await rawGet(url, { 'accept-encoding': 'br' })
    const [plain, gzip, br] = await Promise.all([rawGet(url, {}), rawGet(url, { 'accept-encoding': 'gzip' }), rawGet(url, { 'accept-encoding': 'br' })])
    const markers = (JSON.parse(await (await fetch(url)).text()) as { markers: unknown[] }).markers.length
    const warm = await measureLoad(url, { 'accept-encoding': 'br' }, 10, 8)
    const revalidate = await measureLoad(url, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) }, 10, 8)
    const filtered = await rawGet(`${url}?categoria=strade&stato=ricevuta,in-lavorazione`, { 'accept-encoding': 'br' })
    const sizes = `${kb(plain.bytes)} / gzip ${kb(gzip.bytes)} / br ${kb(br.bytes)}`
    const rows = [
      [database, `segnalazioni scritte nel database (di cui pubbliche sulla mappa: ${markers})`, total, '', '', Math.round(total / insertSeconds), ''],
      [database, 'GET /api/segnalazioni, prima richiesta (segnaposto costruiti e messi in cache)', 1, ms(cold.ms), '', '', kb(cold.bytes)],
      [database, 'GET /api/segnalazioni dalla cache, Brotli (8 connessioni, 10 s)', warm.requestsPerSecond * 10, ms(warm.p50Ms), ms(warm.p99Ms), warm.requestsPerSecond, sizes],
      [database, 'GET /api/segnalazioni con If-None-Match → 304 (8 connessioni, 10 s)', revalidate.requestsPerSecond * 10, ms(revalidate.p50Ms), ms(revalidate.p99Ms), revalidate.requestsPerSecond, '0'],
      [database, 'GET /api/segnalazioni?categoria=…&stato=… (filtro nuovo, prima richiesta)', 1, ms(filtered.ms), '', '', kb(filtered.bytes)],
    ]
    const ok = cold.status === 200 && br.headers['content-encoding'] === 'br' && markers > total * 0.8 && warm.errors === 0 && warm.non2xx === 0 && revalidate.errors === 0
    return { rows, ok }
  } finally {
    await stopServer(server)
  }
}

/** createReport's rate: `count` guest reports with one photo, `concurrency` at a time; every one checked. */
async function measureCreates(payload: Payload, mailbox: TestMailbox, database: string, count: number, concurrency: number) {
  const photo = await jpegWithGps(40.6372, 17.9432, { width: 1600, height: 1200 })
  const run = Date.now()
  const codes: string[] = []
  const phase = await timedPhase(Array.from({ length: count }), concurrency, async (_, i) => {
    const created = await createReport(payload, {
      categorySlug: 'illuminazione', title: `Lampione spento ${i}`, description: 'Il lampione davanti al civico è spento da giorni.',
      place: { latitude: 40.6372 + (i % 50) * 0.0003, longitude: 17.9432, source: 'mappa' }, photos: [{ name: 'foto.jpg', type: 'image/jpeg', bytes: photo }],
      usePhotoLocation: false, reporter: { kind: 'guest', name: 'Ospite di prova', email: `ospite${i}@example.org` }, requestKey: `bench-${run}-${i}`, channel: 'web',
    })
    codes.push(created.code)
  })
  const stored = await payload.count({ collection: 'reports', where: { and: [{ code: { in: codes } }, { status: { equals: 'da-confermare' } }] }, overrideAccess: true })
  const photos = await payload.count({ collection: 'report-photos', where: { 'report.code': { in: codes } }, overrideAccess: true })
  const ok = stored.totalDocs === count && photos.totalDocs === count && new Set(codes).size === count
  const rows = [
    [database, `segnalazioni inviate da ospiti con una foto 1600×1200 (createReport, ${concurrency} alla volta)`, count, ms(phase.p50Ms), ms(phase.p99Ms), phase.perSecond.toFixed(1), ''],
    [database, 'verifica: salvate in attesa di conferma, una foto ciascuna, codici unici, email inviate', `${stored.totalDocs}/${count}`, '', '', '', `${mailbox.mails.length} email`],
  ]
  return { rows, ok }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [total = 10_000, creates = 200, concurrency = 4] = process.argv.slice(2).map(Number)
  const database = assignedDatabase()
  if (database) {
    // The confirmation emails go to a local mailbox: set before Payload reads its settings.
    const mailbox = await startTestMailbox()
    process.env.SPORTELLO_SMTP_URL = mailbox.smtpUrl
    const db = await freshDatabase(database)
    try {
      const map = await measureMap(db.payload, db.env, databaseLabels[database], total)
      const made = await measureCreates(db.payload, mailbox, databaseLabels[database], creates, concurrency)
      reportRows([...map.rows, ...made.rows], map.ok && made.ok)
    } finally {
      await db.cleanup()
      await mailbox.close()
    }
  } else {
    const { rows, ok } = await runPerDatabase('bench/reports.ts', process.argv.slice(2))
    printTable(`Segnalazioni: la mappa pubblica a ${total} segnalazioni e le segnalazioni inviate al secondo (server pubblico reale su loopback)`, reportHeaders, rows)
    if (!ok) {
      console.error('\nMisura incompleta o controlli falliti: vedi sopra.')
      process.exit(1)
    }
  }
  process.exit(0)
}
