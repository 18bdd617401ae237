// Soak: the public server under a fixed rate of mixed requests for a long time (30 minutes by default), its memory,
// file descriptors and database connections sampled from outside through /proc/<pid> (the server exposes nothing
// new), to show they stay flat. The rate is the Brindisi peak estimate ×10 (70 requests/s; the derivation is in the
// README, "Soak"), sent as an open model: requests leave on schedule whether or not earlier ones were answered.
// The mix: static pages, search index files, GET /api/me, the desk's lists, a day's appointment slots and guest
// bookings, applications (draft, PDF attachment, answers, submission). Prints a row per sample window, then the
// verdict: flat when the last third of the run (after warm-up) is within the bounds of bench/lib/soakVerdict.ts of
// the first; exits 1 when not flat, or when any request got a 5xx, a network error or an unexpected 4xx. Requests
// not sent because 200 were still waiting (the server fell behind) are counted and reported.
// Usage: npm run bench:soak [-- --minutes 30 | --seconds 20] [--db sqlite|postgres] [--rate 70] [--sample S] [--port 3294]
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { closedBecause } from '../cms/appointments/closedDays'
import { addDays, isoWeekday, romeDay } from '../cms/appointments/romeTime'
import { createAppointmentFixtures } from '../cms/appointments/testFixtures'
import { indexFolder, indexSiteFull } from '../cms/publishing/search/searchIndex'
import { writeCorpus } from '../cms/publishing/search/testCorpus'
import { testPostgresUrl } from '../cms/testing/testPostgres'
import { startDevMailServer } from '../api/standins/mail/server'
import { createPracticeFixtures, samplePdf } from '../api/testing/practiceFixtures'
import { createApplicants, type Applicant } from './lib/applicants'
import { databaseLabels, freshDatabase, type BenchDatabase } from './lib/perDatabase'
import { percentile } from './lib/pool'
import { practiceClient } from './lib/practiceClient'
import { startServer, stopServer } from './lib/servers'
import { flatBounds, judgedFromSeconds, soakVerdict, type SoakSample } from './lib/soakVerdict'
import { printTable } from './lib/table'

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const database: BenchDatabase = option('db') === 'postgres' ? 'postgres' : 'sqlite'
const totalSeconds = Number(option('seconds') ?? Number(option('minutes') ?? 30) * 60)
const rate = Number(option('rate') ?? 70)
// 30 s windows on a long run (60 rows in 30 minutes); about ten windows on a short one.
const sampleSeconds = Number(option('sample') ?? (totalSeconds >= 600 ? 30 : Math.max(1, Math.round(totalSeconds / 10))))
/** More requests than this still waiting means the server fell behind: the next ones are counted as skipped, not sent. */
const maxInFlight = 200
// Another --port lets two soaks run side by side (one on SQLite, one on PostgreSQL).
const port = Number(option('port') ?? 3294)
if (!(totalSeconds > 0 && rate > 0 && sampleSeconds > 0 && Number.isInteger(port) && port > 0 && port < 65536)) throw new Error('Uso: --minutes M | --seconds S, --rate R, --sample S, --port P: numeri positivi')
const origin = `http://127.0.0.1:${port}`
const appName = 'sportello-soak'

// Setup: a fresh database with an application service, a calendar and logged-in citizens, and a static site.
const db = await freshDatabase(database)
const mail = await startDevMailServer({ port: 0 })
const suffix = `soak-${Date.now()}`
const { service } = await createPracticeFixtures(db.payload, suffix)
const hours = ['1', '2', '3', '4', '5'].map((weekday) => ({ weekday, from: '08:00', to: '14:00' }))
const { calendar } = await createAppointmentFixtures(db.payload, `${suffix}-agenda`, { hours: hours as never, slotMinutes: 10, desks: 5, horizonDays: 60, cutoffHours: 0, maxPerCitizen: 20 })
const applicants = await createApplicants(db.payload, totalSeconds >= 600 ? 300 : 50)
const pdf = await samplePdf()
const siteDir = path.join(db.dataDir, 'sito')
const pages = writeCorpus(siteDir, 1100)
await indexSiteFull(siteDir)
const searchDir = path.join(siteDir, indexFolder)
const termFiles = readdirSync(path.join(searchDir, 't'), { recursive: true }).map(String).filter((f) => f.endsWith('.json')).map((f) => `/${indexFolder}/t/${f}`)
const fragmentFiles = readdirSync(path.join(searchDir, 'p')).filter((f) => f.endsWith('.json')).map((f) => `/${indexFolder}/p/${f}`)
const bookingDays = Array.from({ length: 50 }, (_, i) => addDays(romeDay(new Date()), i + 1)).filter((day) => isoWeekday(day) <= 5 && !closedBecause(day, { patron: null, closures: [] }))
const databaseFile = database === 'sqlite' ? new URL(db.databaseUrl).pathname : null

const server = await startServer(['api/server.ts'], {
  ...db.env, PORT: String(port), SPORTELLO_PUBLIC_URL: origin, SPORTELLO_SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
  SPORTELLO_SITE_DIR: siteDir, SPORTELLO_GUEST_BOOKINGS_PER_HOUR: '1000000',
  // Names the server's PostgreSQL connections, so they are counted apart from this process's own.
  PGAPPNAME: appName,
}, `${origin}/api/health`, { killable: true })
const pid = server.pid!
const monitor = database === 'postgres' ? new pg.Client({ connectionString: testPostgresUrl() }) : null
await monitor?.connect()
const databaseName = new URL(db.databaseUrl).pathname.slice(1)

// The window being measured: replaced at each sample.
type Window = { latencies: number[]; errors: number; unexpected: number; skipped: number }
const newWindow = (): Window => ({ latencies: [], errors: 0, unexpected: 0, skipped: 0 })
let current = newWindow()
const problems = new Map<string, number>()
const note = (what: string) => problems.set(what, (problems.get(what) ?? 0) + 1)

/** One timed request; a 5xx or a network error is an error, a status not in `expected` is unexpected. Null unless expected. */
async function call(what: string, url: string, expected: number[], init: RequestInit = {}): Promise<Response | null> {
  // Counted in the window where the answer arrives (`current` read then), so a slow answer is never lost.
  const t0 = performance.now()
  try {
    const res = await fetch(`${origin}${url}`, init)
    const body = Buffer.from(await res.arrayBuffer())
    const window = current
    window.latencies.push(performance.now() - t0)
    if (expected.includes(res.status)) return new Response(body, { status: res.status })
    if (res.status >= 500) window.errors++
    else window.unexpected++
    note(`${what}: HTTP ${res.status} ${body.toString('utf8').slice(0, 160)}`)
  } catch (error) {
    current.latencies.push(performance.now() - t0)
    current.errors++
    note(`${what}: ${(error as Error).message}`)
  }
  return null
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!
const asCitizen = (who: Applicant) => ({ headers: { cookie: who.cookie } })
const client = practiceClient(origin)
let bookings = 0

/** The mix: each kind of visit, its share of the requests and how many requests it makes. */
const mix: { name: string; share: number; requests: number; run: () => Promise<void> }[] = [
  { name: 'pagina statica', share: 0.4, requests: 1, run: async () => void await call('pagina', pick(pages).url, [200], { headers: { 'accept-encoding': 'br, gzip' } }) },
  // A query as the browser makes it: the manifest, a term file, a file of result fragments.
  { name: 'ricerca', share: 0.09, requests: 3, run: async () => {
    for (const file of [`/${indexFolder}/indice.json`, pick(termFiles), pick(fragmentFiles)]) await call('ricerca', file, [200], { headers: { 'accept-encoding': 'br, gzip' } })
  } },
  // Every page of a logged-in citizen asks who they are.
  { name: 'GET /api/me', share: 0.2, requests: 1, run: async () => void await call('/api/me', '/api/me', [200], asCitizen(pick(applicants))) },
  { name: 'liste dello sportello', share: 0.15, requests: 1, run: async () => {
    const list = pick(['/api/me/messaggi', '/api/me/documenti', '/api/me/pagamenti', '/api/me/appuntamenti', '/api/me/certificati'])
    await call(list, list, [200], asCitizen(pick(applicants)))
  } },
  { name: 'orari di un giorno', share: 0.04, requests: 1, run: async () => void await call('orari', `/api/appuntamenti/calendari/${calendar.id}/giorni/${pick(bookingDays)}`, [200]) },
  // A guest reads a day and books one of its first free times; 409 when someone took it meanwhile.
  { name: 'prenotazione', share: 0.06, requests: 2, run: async () => {
    const day = await call('orari', `/api/appuntamenti/calendari/${calendar.id}/giorni/${pick(bookingDays)}`, [200])
    const free = day ? ((await day.json()) as { slots: { startsAt: string; free: number }[] }).slots.filter((s) => s.free > 0) : []
    if (!free.length) return
    const n = ++bookings
    await call('prenotazione', '/api/appuntamenti/prenotazioni', [201, 409], {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ calendarId: calendar.id, startsAt: pick(free.slice(0, 3)).startsAt, requestKey: `${suffix}-${n}`, applicant: { givenName: 'Ospite', familyName: `Numero ${n}`, email: `ospite.${n}@example.org` } }),
    })
  } },
  // An application from draft to protocol number: four requests, each timed; a failed step ends the visit.
  { name: 'domanda con PDF', share: 0.06, requests: 4, run: async () => {
    const who = pick(applicants)
    const step = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
      const t0 = performance.now()
      try {
        const result = await run()
        current.latencies.push(performance.now() - t0)
        return result
      } catch (error) {
        const window = current
        window.latencies.push(performance.now() - t0)
        const message = (error as Error).message
        if (/HTTP 4\d\d/.test(message)) window.unexpected++
        else window.errors++
        note(`${what}: ${message.slice(0, 200)}`)
        throw error
      }
    }
    try {
      const draft = await step('bozza', () => client.startDraft(who, service.slug!))
      await step('allegato', () => client.attachPdf(who, draft.id, pdf))
      const saved = await step('salvataggio', () => client.save(who, draft.id, draft.version))
      await step('invio', () => client.submitOk(who, draft.id, saved.version, crypto.randomUUID()))
    } catch {
      // Counted by step.
    }
  } },
]
const visitRate = mix.reduce((sum, m) => sum + (rate * m.share) / m.requests, 0)
const weights = mix.map((m) => (rate * m.share) / m.requests / visitRate)

/** The inodes of the TCP sockets whose local port is the server's: the incoming connections (and the listener). */
function incomingSockets(): Set<string> {
  const inodes = new Set<string>()
  const local = `:${port.toString(16).toUpperCase().padStart(4, '0')}`
  for (const table of ['tcp', 'tcp6']) {
    let text = ''
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8')
    } catch {
      continue
    }
    for (const row of text.split('\n').slice(1)) {
      const cols = row.trim().split(/\s+/)
      if (cols[1]?.endsWith(local)) inodes.add(cols[9]!)
    }
  }
  return inodes
}

let lastCpu = { ticks: 0, at: performance.now() }
/**
 * The server process as /proc shows it: resident and anonymous memory (MB); its descriptors, split into incoming
 * HTTP connections (as many as the generator keeps open: they follow the latency) and the rest, where a leaked file,
 * database or SMTP handle would show; those on the SQLite files; its CPU share since the last call.
 */
function processFigures() {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0)
  const fds = readdirSync(`/proc/${pid}/fd`)
  const incoming = incomingSockets()
  let onDatabase = 0
  let connections = 0
  for (const fd of fds) {
    let target = ''
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`)
    } catch {
      continue // Closed between the listing and the read.
    }
    if (databaseFile && target.startsWith(databaseFile)) onDatabase++
    const socket = /^socket:\[(\d+)\]$/.exec(target)
    if (socket && incoming.has(socket[1]!)) connections++
  }
  // utime and stime, fields 14 and 15 of /proc/<pid>/stat (after the command's closing parenthesis), in 1/100 s.
  const statLine = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const stat = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(stat[11]) + Number(stat[12])
  const now = performance.now()
  const cpuPercent = ((ticks - lastCpu.ticks) / 100 / ((now - lastCpu.at) / 1000)) * 100
  lastCpu = { ticks, at: now }
  // The listening socket stays with the process's own handles.
  const incomingConnections = Math.max(0, connections - 1)
  return { rssMb: kb('VmRSS') / 1024, anonMb: kb('RssAnon') / 1024, fds: fds.length - incomingConnections, incoming: incomingConnections, onDatabase, cpuPercent }
}

/** The server's database connections; on PostgreSQL also those idle inside a transaction (waiting on the server, not on the database). */
async function databaseConnections(onDatabase: number): Promise<{ count: number; shown: string }> {
  if (!monitor) return { count: onDatabase, shown: String(onDatabase) }
  const { rows } = await monitor.query<{ n: string; waiting: string }>(
    `select count(*) as n, count(*) filter (where state like 'idle in transaction%') as waiting from pg_stat_activity where datname = $1 and application_name = $2`,
    [databaseName, appName],
  )
  const waiting = Number(rows[0]!.waiting)
  return { count: Number(rows[0]!.n), shown: waiting ? `${rows[0]!.n} (${waiting} in transazione)` : rows[0]!.n }
}

const headers = ['s', 'richieste', 'p50', 'p99', 'errori (5xx/rete)', '4xx inattesi', 'non inviate', 'CPU generatore', 'CPU server', 'RSS', 'anonima (heap)', 'file aperti', 'connessioni HTTP', database === 'postgres' ? 'connessioni PG' : 'fd sul db SQLite']
const widths = [6, 9, 8, 8, 17, 12, 11, 14, 10, 9, 14, 11, 16, 24]
const line = (cells: (string | number)[]) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join(' | ')} |`
const ms = (value: number) => (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`)
const mb = (value: number) => `${value.toFixed(1)} MB`

const samples: SoakSample[] = []
// This process's own CPU share: a generator starved of CPU delays sending and timing, and inflates the latencies.
let ownCpu = { usage: process.cpuUsage(), at: performance.now() }
async function sample(at: number): Promise<void> {
  const window = current
  current = newWindow()
  const used = process.cpuUsage(ownCpu.usage)
  const generatorPercent = ((used.user + used.system) / 1000 / (performance.now() - ownCpu.at)) * 100
  ownCpu = { usage: process.cpuUsage(), at: performance.now() }
  const figures = processFigures()
  const connections = await databaseConnections(figures.onDatabase)
  const s: SoakSample = {
    at, rssMb: figures.rssMb, anonMb: figures.anonMb, fds: figures.fds, incoming: figures.incoming, cpuPercent: figures.cpuPercent, dbConnections: connections.count,
    requests: window.latencies.length, p50Ms: percentile(window.latencies, 50), p99Ms: percentile(window.latencies, 99),
    errors: window.errors, unexpected: window.unexpected, skipped: window.skipped,
  }
  samples.push(s)
  console.log(line([Math.round(at), s.requests, ms(s.p50Ms), ms(s.p99Ms), s.errors, s.unexpected, s.skipped, `${Math.round(generatorPercent)}%`, `${Math.round(s.cpuPercent)}%`, mb(s.rssMb), mb(s.anonMb), s.fds, s.incoming, connections.shown]))
}

console.log(`\nSoak su ${databaseLabels[database]}: ${rate} richieste/s per ${totalSeconds} s (${visitRate.toFixed(1)} visite/s), un campione ogni ${sampleSeconds} s; server pid ${pid}\n`)
console.log(line(headers))
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`)

// The open model: visit k leaves at k / visitRate seconds, whatever happened to the earlier ones.
processFigures() // Primes the CPU counters: the first window's shares start now, not at the server's start.
ownCpu = { usage: process.cpuUsage(), at: performance.now() }
let inFlight = 0
let launched = 0
const started = performance.now()
const elapsed = () => (performance.now() - started) / 1000
let nextSample = sampleSeconds
while (elapsed() < totalSeconds) {
  const due = Math.floor(Math.min(elapsed(), totalSeconds) * visitRate)
  for (; launched < due; launched++) {
    if (inFlight >= maxInFlight) {
      current.skipped++
      continue
    }
    let r = Math.random()
    const visit = mix[mix.findIndex((_, i) => (r -= weights[i]!) < 0)] ?? mix[0]!
    inFlight++
    void visit.run().finally(() => inFlight--)
  }
  if (elapsed() >= nextSample) {
    await sample(nextSample)
    nextSample += sampleSeconds
  }
  await new Promise((r) => setTimeout(r, 5))
}
// The visits still in flight finish in the last window (they count), then the last sample.
const drainUntil = performance.now() + 30_000
while (inFlight > 0 && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 20))
if (inFlight > 0) {
  current.errors += inFlight
  note(`${inFlight} visite ancora senza risposta 30 s dopo la fine`)
}
await sample(totalSeconds)

await monitor?.end()
await stopServer(server)
await mail.close()
await db.cleanup()

const verdict = soakVerdict(samples, totalSeconds)
printTable(`Soak su ${databaseLabels[database]} (${totalSeconds} s a ${rate} richieste/s): ultimo terzo contro il primo, dopo il riscaldamento`, ['misura', 'primo terzo', 'ultimo terzo', 'limite', 'esito'],
  verdict.checks.map((c) => [c.name, c.first.toFixed(1), c.last.toFixed(1), c.bound, c.ok ? 'piatto' : 'CRESCE']))
const sent = samples.reduce((a, s) => a + s.requests, 0)
console.log(`\nRichieste: ${sent} (${(sent / totalSeconds).toFixed(1)}/s), errori 5xx o di rete: ${verdict.errors}, 4xx inattesi: ${verdict.unexpected}, non inviate in tempo: ${verdict.skipped}; prenotazioni tentate: ${bookings}`)
for (const [what, count] of problems) console.error(`  ${count} × ${what}`)
const flatness = verdict.flat ? 'piatto' : 'NON piatto'
if (verdict.skipped) console.log(`Attenzione: ${verdict.skipped} richieste non inviate perché ${maxInFlight} aspettavano ancora risposta: il server è rimasto indietro, il ritmo effettivo è stato più basso di ${rate}/s`)
console.log(verdict.judged
  ? `Verdetto: ${flatness}${verdict.ok ? '' : verdict.flat ? ', ma con errori' : ''}`
  : `Verdetto: ${flatness} (indicativo: sotto i ${judgedFromSeconds} s il riscaldamento non si distingue da una perdita; limiti: RSS +${flatBounds.rssGrowth * 100}%, file +${flatBounds.fdGrowth})`)
process.exit(verdict.ok ? 0 : 1)
