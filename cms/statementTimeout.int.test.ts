// PostgreSQL ends what would hold a connection for good (cms/database.ts): a statement running past
// DATABASE_STATEMENT_TIMEOUT_MS, a transaction left idle as long. Both errors read as "the database is
// unavailable" (503 with Retry-After), and the pool goes on serving. PostgreSQL only.
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from './databaseUnavailable'
import { startTestPayload, type TestPayload } from './testing/testPayload'

const postgres = process.env.SPORTELLO_TEST_DB === 'postgres'
const timeoutMs = 1_000

let t: TestPayload
type Drizzle = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
const drizzle = () => (t.payload.db as unknown as { drizzle: Drizzle }).drizzle
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error)

describe.skipIf(!postgres)('PostgreSQL’s time limits', () => {
  beforeAll(async () => {
    // Read when the Payload config loads: before startTestPayload.
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = String(timeoutMs)
    t = await startTestPayload()
  })
  afterAll(async () => {
    delete process.env.DATABASE_STATEMENT_TIMEOUT_MS
    await t?.cleanup()
  })

  it('are set on every connection of the pool', async () => {
    const [{ statement_timeout }] = (await drizzle().execute(sql`SHOW statement_timeout`)).rows as [{ statement_timeout: string }]
    const [{ idle_in_transaction_session_timeout }] = (await drizzle().execute(sql`SHOW idle_in_transaction_session_timeout`)).rows as [{ idle_in_transaction_session_timeout: string }]
    expect({ statement_timeout, idle_in_transaction_session_timeout }).toEqual({ statement_timeout: '1s', idle_in_transaction_session_timeout: '1s' })
  })

  it('end a statement that runs too long, as an outage (503), and the next one is served', async () => {
    const error = await failure(drizzle().execute(sql`SELECT pg_sleep(5)`))
    expect(error).toBeInstanceOf(Error)
    expect(isDatabaseUnavailable(error)).toBe(true)
    expect((await t.payload.find({ collection: 'offices', limit: 1, overrideAccess: true })).docs).toEqual([])
  })

  it('end a transaction left idle, whose writes are then not kept', async () => {
    const req = await createLocalReq({}, t.payload)
    expect(await initTransaction(req)).toBe(true)
    const error = await failure((async () => {
      try {
        await t.payload.create({ collection: 'offices', data: { title: 'Dimenticato', slug: 'dimenticato', type: 'ufficio', summary: 'Prova' } as never, overrideAccess: true, req })
        // Work outside the database that outlasts the limit, the transaction open meanwhile.
        await new Promise((resolve) => setTimeout(resolve, timeoutMs * 2.5))
        await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }
    })())
    expect(isDatabaseUnavailable(error)).toBe(true)
    expect((await t.payload.find({ collection: 'offices', where: { slug: { equals: 'dimenticato' } }, overrideAccess: true })).docs).toEqual([])
  })
})
