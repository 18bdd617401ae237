// A `kill -9` of the public server in the middle of a load of submissions loses no acknowledged
// application and registers none twice. The server runs as a child process on a fresh database
// (SQLite, and PostgreSQL when it answers); N drafts are submitted C at a time; once a third are
// acknowledged the server gets SIGKILL, is started again, and every submission not acknowledged is
// sent again with the same Idempotency-Key, as a client would. Then the database is checked.
// Usage: npm run bench:kill [-- N [C]]   (defaults: 150 applications, 8 at a time). Exits 1 when a check fails.
import { pathToFileURL } from 'node:url'

import type { Payload } from 'payload'

import { assignedDatabase, databaseLabels, freshDatabase, reportRows, runPerDatabase } from './lib/perDatabase'
import { inPool } from './lib/pool'
import { preparePracticeBench, readyDrafts, type PracticeBench, type ReadyDraft } from './lib/practiceBench'
import { stopServer } from './lib/servers'
import { printTable } from './lib/table'

const headers = ['database', 'domande', 'confermate prima del kill', 'in corso al kill', 'ripresentate', 'di cui già registrate', 'presentate alla fine', 'doppioni', 'perse', 'esito']

/** What the load saw: the protocol numbers acknowledged, the moment of the kill, and any reply that was an error. */
type Load = { acknowledged: Map<number, string>; kill: { at: Date; acknowledged: number; inFlight: number } | null; errors: string[] }

/** Runs the load, kills and restarts the server, resubmits, checks the database; returns the row and whether every check passed. */
async function killDuringSubmissions(payload: Payload, env: Record<string, string>, database: string, n: number, concurrency: number): Promise<{ row: (string | number)[]; ok: boolean }> {
  const bench = await preparePracticeBench(payload, env, n, 3293)
  let server = await bench.startPortal(true)
  try {
    const drafts = await readyDrafts(bench, concurrency)
    const load = await submitUntilKilled(bench, drafts, concurrency, () => void server.kill('SIGKILL'))
    await stopServer(server, 'SIGKILL')
    server = await bench.startPortal(true)
    const pending = drafts.filter((d) => !load.acknowledged.has(d.id))
    const resubmitted = new Map<number, string>()
    await inPool(pending, concurrency, async (d) => void resubmitted.set(d.id, (await bench.client.submitOk(d.applicant, d.id, d.version, d.idempotencyKey)).protocolNumber!))

    const found = await checkRegister(payload, drafts, load, resubmitted)
    for (const problem of [...load.errors, ...found.problems]) console.error(`  ${database}: ${problem}`)
    const ok = load.kill !== null && load.errors.length === 0 && found.problems.length === 0
    return {
      row: [database, n, load.kill?.acknowledged ?? 0, load.kill?.inFlight ?? 0, pending.length, found.registeredBeforeRestart, found.submittedOnce, found.duplicates, found.lost, ok ? 'ok' : 'FALLITO'],
      ok,
    }
  } finally {
    await stopServer(server)
    await bench.close()
  }
}

/** Submits every draft, `concurrency` at a time, and calls `kill` once a third are acknowledged; sends nothing new after that. */
async function submitUntilKilled(bench: PracticeBench, drafts: ReadyDraft[], concurrency: number, kill: () => void): Promise<Load> {
  const load: Load = { acknowledged: new Map(), kill: null, errors: [] }
  let inFlight = 0
  await inPool(drafts, concurrency, async (d) => {
    inFlight++
    try {
      const res = await bench.client.submit(d.applicant, d.id, d.version, d.idempotencyKey)
      const body = (await res.json()) as { protocolNumber?: string | null }
      if (res.status === 200 && body.protocolNumber) load.acknowledged.set(d.id, body.protocolNumber)
      else load.errors.push(`invio della pratica ${d.id}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`)
    } catch (error) {
      // A connection cut by the kill is what a client sees; before the kill it is a failure.
      if (!load.kill) load.errors.push(`invio della pratica ${d.id} prima del kill: ${(error as Error).message}`)
    } finally {
      inFlight--
    }
    if (!load.kill && load.acknowledged.size >= Math.ceil(drafts.length / 3)) {
      load.kill = { at: new Date(), acknowledged: load.acknowledged.size, inFlight }
      kill()
    }
  }, () => load.kill !== null)
  return load
}

/** Reads the register, the applications and their histories back, and says what is wrong. */
async function checkRegister(payload: Payload, drafts: ReadyDraft[], load: Load, resubmitted: Map<number, string>) {
  const ids = drafts.map((d) => d.id)
  const all = { depth: 0, pagination: false, limit: 0 } as const
  const register = (await payload.find({ collection: 'protocol-register', ...all })).docs
  const practices = new Map((await payload.find({ collection: 'practices', where: { id: { in: ids } }, ...all })).docs.map((p) => [p.id, p]))
  const events = (await payload.find({ collection: 'practice-events', where: { and: [{ practice: { in: ids } }, { kind: { equals: 'presentata' } }] }, ...all })).docs
  const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)
  const entriesOf = (id: number) => register.filter((r) => idOf(r.practice) === id)
  const eventsOf = (id: number) => events.filter((e) => idOf(e.practice) === id).length

  const problems: string[] = []
  const lost = [...load.acknowledged].filter(([id, protocol]) => practices.get(id)?.protocolNumber !== protocol || entriesOf(id)[0]?.protocolNumber !== protocol)
  for (const [id, protocol] of lost) problems.push(`pratica ${id}: confermata con ${protocol}, nel database ${practices.get(id)?.protocolNumber ?? 'nessun protocollo'}`)
  const duplicates = ids.reduce((sum, id) => sum + Math.max(0, entriesOf(id).length - 1) + Math.max(0, eventsOf(id) - 1), 0)
  if (duplicates) problems.push(`${duplicates} registrazioni o eventi «presentata» in più`)
  if (new Set(register.map((r) => r.protocolNumber)).size !== register.length) problems.push('numeri di protocollo ripetuti nel registro')
  for (const [id, protocol] of resubmitted) if (practices.get(id)?.protocolNumber !== protocol) problems.push(`pratica ${id}: ripresentata con ${protocol}, nel database ${practices.get(id)?.protocolNumber}`)
  const submittedOnce = ids.filter((id) => practices.get(id)?.status === 'presentata' && entriesOf(id).length === 1 && eventsOf(id) === 1).length
  if (submittedOnce !== ids.length) problems.push(`${ids.length - submittedOnce} pratiche non presentate esattamente una volta`)
  // Registered before the restart but never acknowledged: the in-flight submissions the kill cut after their commit.
  const killedAt = load.kill?.at.getTime() ?? 0
  const registeredBeforeRestart = [...resubmitted.keys()].filter((id) => new Date(entriesOf(id)[0]?.registeredAt ?? 0).getTime() <= killedAt).length
  return { problems, lost: lost.length, duplicates, submittedOnce, registeredBeforeRestart }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [n = 150, concurrency = 8] = process.argv.slice(2).map(Number)
  const database = assignedDatabase()
  if (database) {
    const db = await freshDatabase(database)
    try {
      const { row, ok } = await killDuringSubmissions(db.payload, db.env, databaseLabels[database], n, concurrency)
      reportRows([row], ok)
    } finally {
      await db.cleanup()
    }
  } else {
    const started = performance.now()
    const { rows, ok } = await runPerDatabase('bench/killDuringSubmissions.ts', process.argv.slice(2))
    printTable(`kill -9 del server durante l’invio di ${n} domande (${concurrency} alla volta), riavvio e nuovo invio con la stessa Idempotency-Key`, headers, rows)
    console.log(`\n${ok ? 'Nessuna domanda confermata persa, nessun doppione' : 'CONTROLLI NON SUPERATI: vedi sopra'} (${((performance.now() - started) / 1000).toFixed(0)} s)`)
    process.exit(ok ? 0 : 1)
  }
  process.exit(0)
}
