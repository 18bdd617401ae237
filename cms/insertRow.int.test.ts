import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inTransaction } from './concurrency/inTransaction'
import { insertRow, insertRows } from './insertRow'
import { startTestPayload, type TestPayload } from './testing/testPayload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

describe('insertRow', () => {
  it('writes the row Payload’s create would write, timestamps included, and returns its id', async () => {
    const before = Date.now()
    const id = await insertRow(t.payload, 'citizen-messages', { citizen: (await citizen('RSSMRA80A01B180X')).id, practice: null, subject: 'Oggetto', body: 'Testo' })
    const row = await t.payload.findByID({ collection: 'citizen-messages', id, depth: 0 })
    expect(row).toMatchObject({ id, subject: 'Oggetto', body: 'Testo', practice: null, readAt: null })
    expect(Date.parse(row.createdAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(row.updatedAt).toBe(row.createdAt)
  })

  it('keeps a JSON value as Payload’s create keeps it', async () => {
    const message = { notification: { kind: 'prova', when: new Date('2026-12-06T10:00:00.000Z') }, recipient: { name: 'Mario' } }
    const id = await insertRow(t.payload, 'notification-deliveries', { recipientKind: 'solo-email', event: 'servizio', kind: 'prova', channel: 'email', status: 'in-coda', attempts: 0, message })
    const row = await t.payload.findByID({ collection: 'notification-deliveries', id, depth: 0, overrideAccess: true })
    expect(row.message).toEqual({ notification: { kind: 'prova', when: '2026-12-06T10:00:00.000Z' }, recipient: { name: 'Mario' } })
  })

  it('writes in the request’s transaction, and is undone with it where there is one', async () => {
    const req = await createLocalReq({}, t.payload)
    const subject = `Annullato ${crypto.randomUUID()}`
    let transactional = false
    await expect(inTransaction(req, async (started) => {
      transactional = started
      await insertRow(t.payload, 'citizen-messages', { citizen: (await citizen('VRDLGU75B02B180Y')).id, subject, body: 'Testo' }, req)
      throw new Error('interrotto')
    })).rejects.toThrow('interrotto')
    const { totalDocs } = await t.payload.count({ collection: 'citizen-messages', where: { subject: { equals: subject } } })
    // PostgreSQL undoes it; Payload's SQLite adapter, as configured, opens no transaction (cms/database.ts).
    expect(totalDocs).toBe(transactional ? 0 : 1)
    expect(transactional).toBe(t.payload.db.name === 'postgres')
  })

  it('refuses a collection whose hooks a direct write would skip', async () => {
    await expect(insertRow(t.payload, 'offices', { title: 'Ufficio', slug: 'ufficio-diretto', type: 'ufficio' } as never)).rejects.toThrow(/hook/)
    expect((await t.payload.count({ collection: 'offices', where: { slug: { equals: 'ufficio-diretto' } } })).totalDocs).toBe(0)
  })
})

describe('insertRows', () => {
  const line = (channel: string, extra: Record<string, unknown> = {}) => ({ recipientKind: 'solo-email', event: 'servizio', kind: 'prova', channel, status: 'in-coda', attempts: 0, ...extra }) as never

  it('writes several rows in one statement, each as insertRow writes it, and returns their ids in order', async () => {
    const when = '2026-12-06T10:00:00.000Z'
    const rows = [
      line('desk', { citizen: (await citizen('BNCLRA90A41B180K')).id, status: 'inviata', attempts: 1, deliveredAt: when }),
      line('email', { message: { notification: { kind: 'prova', when: new Date(when) }, recipient: { name: 'Mario' } } }),
      line('io', { message: { recipient: { name: 'Mario' } }, lastError: 'nessuno' }),
    ]
    const statements = countStatements()
    const ids = await insertRows(t.payload, 'notification-deliveries', rows)
    expect(statements.stop()).toBe(1)
    expect(ids).toHaveLength(3)
    const singles = []
    for (const row of rows) singles.push(await insertRow(t.payload, 'notification-deliveries', row))
    const read = (id: number) => t.payload.findByID({ collection: 'notification-deliveries', id, depth: 0, overrideAccess: true })
    for (const [i, id] of ids.entries()) {
      const [many, one] = [await read(id), await read(singles[i]!)]
      const { id: _a, createdAt, updatedAt, ...rest } = many
      const { id: _b, createdAt: _c, updatedAt: _d, ...restOne } = one
      expect(rest).toEqual(restOne)
      expect(updatedAt).toBe(createdAt)
      expect(rest.channel).toBe((rows[i] as { channel: string }).channel)
    }
  })

  it('writes nothing for no rows, and refuses a collection with hooks as insertRow does', async () => {
    expect(await insertRows(t.payload, 'notification-deliveries', [])).toEqual([])
    const offices = [{ title: 'Ufficio A', slug: 'ufficio-diretto-a', type: 'ufficio' }, { title: 'Ufficio B', slug: 'ufficio-diretto-b', type: 'ufficio' }] as never[]
    await expect(insertRows(t.payload, 'offices', offices)).rejects.toThrow(/hook/)
  })
})

/** Counts the statements the database driver is given until stop() (both databases' clients). */
function countStatements() {
  const db = t.payload.db as unknown as { name: string; pool?: { query: (...a: unknown[]) => unknown }; client?: { execute: (...a: unknown[]) => unknown } }
  let count = 0
  const target = db.name === 'postgres' ? db.pool! : db.client!
  const key = db.name === 'postgres' ? 'query' : 'execute'
  const original = (target as Record<string, (...a: unknown[]) => unknown>)[key]!
  ;(target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
    count++
    return original.apply(this, args)
  }
  return { stop: () => ((target as Record<string, unknown>)[key] = original, count) }
}

const citizen = (fiscalCode: string) => t.payload.create({ collection: 'citizens', data: { fiscalCode, givenName: 'Nome', familyName: 'Cognome' } as never })
