// The portal's own read connection to Payload's SQLite file (cms/sqliteReads.ts): it sees what Payload commits, prepares
// each statement once, writes nothing, and closes with Payload. On PostgreSQL there is none.
import Database from 'libsql'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { closePayload } from './closePayload'
import { sqliteReads } from './sqliteReads'
import { startTestPayload, type TestPayload } from './testing/testPayload'

let t: TestPayload
const sqlite = process.env.SPORTELLO_TEST_DB !== 'postgres'

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

const byId = 'SELECT "given_name" AS "givenName" FROM "citizens" WHERE "id" = ? LIMIT 1'

describe.runIf(sqlite)('the SQLite read connection', () => {
  it('reads what Payload has just written, and again after Payload changes it', async () => {
    const reads = sqliteReads(t.payload)!
    const { id } = await t.payload.create({ collection: 'citizens', data: { fiscalCode: 'RSSMRA80A01B180X', givenName: 'Mario', familyName: 'Rossi' } })
    expect(reads.one('prova_nome', byId, [id])).toEqual({ givenName: 'Mario' })
    await t.payload.update({ collection: 'citizens', id, data: { givenName: 'Maria' } })
    expect(reads.one('prova_nome', byId, [id])).toEqual({ givenName: 'Maria' })
    expect(reads.one('prova_nome', byId, [id + 1000])).toBeUndefined()
  })

  it('prepares a statement once, however often it runs', () => {
    const reads = sqliteReads(t.payload)!
    const prepare = vi.spyOn(Database.prototype, 'prepare')
    try {
      for (let i = 0; i < 50; i++) reads.one('prova_conteggio', 'SELECT COUNT(*) AS "n" FROM "citizens" WHERE "id" > ?', [i])
      expect(prepare).toHaveBeenCalledTimes(1)
    } finally {
      prepare.mockRestore()
    }
  })

  it('refuses a second text under a name already taken', () => {
    const reads = sqliteReads(t.payload)!
    reads.one('prova_doppio', 'SELECT 1 AS "uno"', [])
    expect(() => reads.one('prova_doppio', 'SELECT 2 AS "due"', [])).toThrow(/già di un’altra istruzione/)
  })

  it('writes nothing', async () => {
    const reads = sqliteReads(t.payload)!
    expect(() => reads.one('prova_scrittura', 'DELETE FROM "citizens" WHERE "id" > ?', [0])).toThrow(/readonly|read-only|query_only/i)
    expect((await t.payload.count({ collection: 'citizens' })).totalDocs).toBeGreaterThan(0)
  })

  it('closes with Payload', async () => {
    const other = await startTestPayload()
    const reads = sqliteReads(other.payload)!
    reads.one('prova_chiusura', 'SELECT 1 AS "uno"', [])
    await closePayload(other.payload)
    expect(() => reads.one('prova_chiusura', 'SELECT 1 AS "uno"', [])).toThrow(/connessione chiusa/)
    await other.cleanup()
  })
})

describe.runIf(!sqlite)('on PostgreSQL', () => {
  it('there is none: the pool reads', () => {
    expect(sqliteReads(t.payload)).toBeNull()
  })
})
