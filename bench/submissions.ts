// Applications submitted per second, one PDF attached to each, on SQLite and PostgreSQL. N citizens
// (logged in through the session store) open a draft, attach a PDF, save their answers and submit,
// through the real HTTP API of the public server running as a child process on loopback. Each step
// is one phase, C calls at a time, every call timed. Before them W other applications go through the same four
// phases, not timed, on the same server processes (the warm-up: V8's compiler, each pooled connection's prepared
// statements, the caches of the service and office; without it a 200-application run measured mostly a cold server).
// Bounded: N + W applications, no time limit.
// Usage: npm run bench:submissions [-- N [C [W]]]   (defaults: 200 applications, 8 at a time, W = min(50, N)). With
// nginx installed, the same again with two server processes behind it.
// bench/run.ts runs it on its SQLite database too.
import { pathToFileURL } from 'node:url'

import type { Payload } from 'payload'

import { assignedDatabase, databaseLabels, freshDatabase, reportRows, runPerDatabase } from './lib/perDatabase'
import { percentile, timedPhase, type PhaseResult } from './lib/pool'
import { preparePracticeBench, type ReadyDraft } from './lib/practiceBench'
import { nginxInstalled } from './lib/nginx'
import { printTable } from './lib/table'

/** Applications run untimed before the measured N, unless the caller says otherwise. */
export const defaultWarmup = (n: number) => Math.min(50, n)

/** The table's headers, for callers that print it. */
export const submissionHeaders = ['database', 'processi', 'chiamata', 'chiamate', 'tempo', 'chiamate/s', 'p50', 'p99']

const ms = (value: number) => (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`)

/**
 * Prepares N drafts through the API, submits them `concurrency` at a time, and returns one row per call; the public
 * server runs as `processes` processes (more than one: behind nginx, as `npm start` runs them with SPORTELLO_NGINX).
 */
export async function measureSubmissions(payload: Payload, env: Record<string, string>, database: string, n = 200, concurrency = 8, port = 3292, processes = 1, warmup = defaultWarmup(n)): Promise<(string | number)[][]> {
  const bench = await preparePracticeBench(payload, env, warmup + n, port)
  const stopPortals = await bench.startPortals(processes)
  const { client, applicants, pdf } = bench
  const draftsOf = (some: typeof applicants): ReadyDraft[] => some.map((applicant) => ({ applicant, id: 0, version: 0, idempotencyKey: crypto.randomUUID() }))
  const protocols = new Set<string>()
  const phases = async (drafts: ReadyDraft[]) => ({
    started: await timedPhase(drafts, concurrency, async (d) => void Object.assign(d, await client.startDraft(d.applicant, bench.serviceSlug))),
    attached: await timedPhase(drafts, concurrency, (d) => client.attachPdf(d.applicant, d.id, pdf)),
    saved: await timedPhase(drafts, concurrency, async (d) => void (d.version = (await client.save(d.applicant, d.id, d.version)).version)),
    submitted: await timedPhase(drafts, concurrency, async (d) => void protocols.add((await client.submitOk(d.applicant, d.id, d.version, d.idempotencyKey)).protocolNumber!)),
  })
  try {
    // Not timed: the same calls on other citizens' applications, so the figures are of a server that has run them.
    if (warmup) await phases(draftsOf(applicants.slice(0, warmup)))
    protocols.clear()
    const drafts = draftsOf(applicants.slice(warmup))
    const { started, attached, saved, submitted } = await phases(drafts)
    const registered = await payload.count({ collection: 'protocol-register', where: { practice: { in: drafts.map((d) => d.id) } } })
    if (protocols.size !== n || registered.totalDocs !== n) throw new Error(`invio: ${protocols.size} numeri di protocollo distinti e ${registered.totalDocs} registrazioni per ${n} domande`)

    const row = (name: string, r: PhaseResult) => [database, processes === 1 ? '1' : `${processes} (nginx)`, name, r.calls, `${r.seconds.toFixed(1)} s`, Math.round(r.perSecond), ms(r.p50Ms), ms(r.p99Ms)]
    const pairMs = drafts.map((_, i) => attached.latenciesMs[i]! + submitted.latenciesMs[i]!)
    const pairSeconds = attached.seconds + submitted.seconds
    const pair: PhaseResult = { calls: n, seconds: pairSeconds, perSecond: n / pairSeconds, latenciesMs: pairMs, p50Ms: percentile(pairMs, 50), p99Ms: percentile(pairMs, 99) }
    return [
      row('bozza (POST /api/me/pratiche)', started),
      row('allegato PDF (multipart)', attached),
      row('salvataggio con versione (PUT)', saved),
      row('invio con Idempotency-Key', submitted),
      row('allegato + invio, per domanda', pair),
    ]
  } finally {
    await stopPortals()
    await bench.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [n = 200, concurrency = 8, warmup = defaultWarmup(n)] = process.argv.slice(2).map(Number)
  const database = assignedDatabase()
  if (database) {
    const db = await freshDatabase(database)
    try {
      // One process, then two behind nginx when it is installed: one after the other, on the same database.
      const rows = []
      for (const processes of nginxInstalled() ? [1, 2] : [1]) rows.push(...(await measureSubmissions(db.payload, db.env, databaseLabels[database], n, concurrency, 3292, processes, warmup)))
      reportRows(rows)
    } finally {
      await db.cleanup()
    }
  } else {
    const { rows, ok } = await runPerDatabase('bench/submissions.ts', process.argv.slice(2))
    printTable(`Domande presentate (${n} domande con un allegato PDF, ${concurrency} alla volta, dopo ${warmup} di riscaldamento, server su loopback)`, submissionHeaders, rows)
    if (!ok) {
      console.error('\nMisura incompleta: vedi gli errori sopra.')
      process.exit(1)
    }
  }
  process.exit(0)
}
