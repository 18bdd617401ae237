// PostgreSQL's pool, small and exhausted: the portal never leaves a request waiting for ever. With a
// pool of one connection for the requests (DATABASE_POOL_MAX=1) whole applications — draft, PDF,
// answers, submission — run several at once and all complete: nothing inside a transaction asks the
// pool for a second connection (that would wait for ever for itself), and Payload's own connection,
// which it keeps checked out, does not take the requests' one. With every connection held by
// someone else, a request is answered 503 (database unavailable, Retry-After) once the pool's
// timeout passes, instead of hanging; and a reset of Payload's own connection does not cost the
// requests theirs. PostgreSQL only (SQLite has no pool).
import { serve, type ServerType } from '@hono/node-server'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../cms/testing/testPayload'
import { createApplicants, type Applicant } from '../bench/lib/applicants'
import { practiceClient } from '../bench/lib/practiceClient'
import { createStores } from './data/stores'
import { completeInterruptedSubmissions } from './services/practices/submit'
import { freePort } from './testing/freePort'
import { startPortalWithLogin, type PortalWithLogin } from './testing/portalWithLogin'
import { createPracticeFixtures, samplePdf } from './testing/practiceFixtures'

const postgres = process.env.SPORTELLO_TEST_DB === 'postgres'
/** Applications run at once over one connection. */
const concurrent = 6
/** How long a request may wait for a connection in this test (DATABASE_POOL_TIMEOUT_MS). */
const poolTimeoutMs = 2_000
/** Far longer than any answer needs here, even on a loaded machine: reaching it means a request hung. */
const hangBoundMs = 60_000

let t: TestPayload
let portal: PortalWithLogin
let server: ServerType
let base: string
let applicants: Applicant[]
let serviceSlug: string

describe.skipIf(!postgres)('PostgreSQL pool, small or exhausted', () => {
  beforeAll(async () => {
    // The pool is sized when the Payload config loads: before startTestPayload.
    process.env.DATABASE_POOL_MAX = '1'
    process.env.DATABASE_POOL_TIMEOUT_MS = String(poolTimeoutMs)
    t = await startTestPayload()
    // Served over real HTTP, as the browser (and the soak, bench/soak.ts) calls it, from the portal's own origin.
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    portal = await startPortalWithLogin(t, { SPORTELLO_MAX_IN_FLIGHT: '1000', SPORTELLO_PUBLIC_URL: base })
    await new Promise<void>((resolve) => {
      server = serve({ fetch: portal.app.fetch, port, hostname: '127.0.0.1' }, () => resolve())
    })
    serviceSlug = (await createPracticeFixtures(t.payload, 'pool')).service.slug!
    applicants = await createApplicants(t.payload, concurrent)
  }, 180_000)
  afterAll(async () => {
    delete process.env.DATABASE_POOL_MAX
    delete process.env.DATABASE_POOL_TIMEOUT_MS
    server?.close()
    if (server && 'closeAllConnections' in server) server.closeAllConnections()
    await portal?.close()
    await t?.cleanup()
  })

  it('completes applications submitted at once over a single connection for the requests', async () => {
    const client = practiceClient(base)
    const pdf = await samplePdf()
    const apply = async (who: Applicant) => {
      const draft = await client.startDraft(who, serviceSlug)
      await client.attachPdf(who, draft.id, pdf)
      const saved = await client.save(who, draft.id, draft.version)
      return client.submitOk(who, draft.id, saved.version, crypto.randomUUID())
    }
    const hung = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`domande ancora senza risposta dopo ${hangBoundMs} ms`)), hangBoundMs).unref())
    const submitted = await Promise.race([Promise.all(applicants.map(apply)), hung])
    expect(new Set(submitted.map((s) => s.protocolNumber)).size).toBe(concurrent)
  }, hangBoundMs + 30_000)

  it('completes at start a submission a crash cut short, inside its transaction only', async () => {
    // A draft already in the register (what a crash between the two leaves on SQLite): its service is only an id.
    const who = applicants[0]!
    const draft = await practiceClient(base).startDraft(who, serviceSlug)
    await t.payload.create({ collection: 'protocol-register', data: { protocolNumber: '1999/000001', year: 1999, sequence: 1, registeredAt: new Date().toISOString(), practice: draft.id, idempotencyKey: 'interrotta', subject: 'Domanda interrotta' }, overrideAccess: true })
    // The service read outside the transaction would wait for the pool's only connection, held by that transaction.
    expect(await completeInterruptedSubmissions(createStores(t.payload))).toBe(1)
    expect(await t.payload.findByID({ collection: 'practices', id: draft.id, depth: 0 })).toMatchObject({ status: 'presentata', protocolNumber: '1999/000001' })
  }, hangBoundMs + 30_000)

  it('keeps the requests’ connection after the one Payload holds for itself is reset', async () => {
    const pool = (t.payload.db as unknown as { pool: pg.Pool & { _clients: pg.PoolClient[]; _idle: { client: pg.PoolClient }[] } }).pool
    const idle = new Set(pool._idle.map((item) => item.client))
    const payloadsOwn = pool._clients.filter((client) => !idle.has(client))
    expect(payloadsOwn).toHaveLength(1)
    // The network resets it, as a firewall or a proxy would: Payload takes another one for itself.
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' })
    ;(payloadsOwn[0] as unknown as { connection: { stream: { destroy: (error: Error) => void } } }).connection.stream.destroy(reset)
    for (let i = 0; i < 50 && pool._clients.includes(payloadsOwn[0]!); i++) await new Promise((r) => setTimeout(r, 100))
    // Still one connection for the requests: served, not a 503 after the pool's timeout.
    const res = await fetch(`${base}/api/me/pratiche`, { headers: { cookie: applicants[0]!.cookie }, signal: AbortSignal.timeout(hangBoundMs) })
    expect(res.status).toBe(200)
  }, hangBoundMs + 30_000)

  it('answers 503 with Retry-After, not never, while every connection is held', async () => {
    const pool = (t.payload.db as unknown as { pool: pg.Pool }).pool
    const held: pg.PoolClient[] = []
    // Every connection the pool has or may open, taken (Payload's own already is).
    while (pool.idleCount > 0 || pool.totalCount < pool.options.max!) held.push(await pool.connect())
    try {
      const res = await fetch(`${base}/api/me/pratiche`, { headers: { cookie: applicants[0]!.cookie }, signal: AbortSignal.timeout(hangBoundMs) })
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBeTruthy()
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/non è disponibile in questo momento/)
    } finally {
      for (const client of held) client.release()
    }
    // Once a connection is free again, the same request is served.
    expect((await fetch(`${base}/api/me/pratiche`, { headers: { cookie: applicants[0]!.cookie } })).status).toBe(200)
  }, hangBoundMs + 30_000)
})
