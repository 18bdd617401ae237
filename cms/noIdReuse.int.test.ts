import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from './testing/testPayload'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
})
afterAll(async () => t?.cleanup())

describe('record ids', () => {
  it('never gives the id of a deleted last record to the next one', async () => {
    const topic = (slug: string) => payload.create({ collection: 'topics', data: { title: slug, slug } })
    await topic('primo')
    const last = await topic('ultimo')
    await payload.delete({ collection: 'topics', id: last.id })
    const next = await topic('successivo')
    expect(Number(next.id)).toBeGreaterThan(Number(last.id))
  })

  it.skipIf(process.env.SPORTELLO_TEST_DB === 'postgres')('keys every SQLite table with an integer id by AUTOINCREMENT', async () => {
    const db = (payload.db as unknown as { drizzle: { all: <T>(query: unknown) => Promise<T[]> } }).drizzle
    const tables = await db.all<{ name: string; sql: string }>(sql`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%\`id\` integer PRIMARY KEY%'`)
    expect(tables.length).toBeGreaterThan(20)
    expect(tables.filter((table) => !table.sql.includes('AUTOINCREMENT')).map((table) => table.name)).toEqual([])
  })
})
