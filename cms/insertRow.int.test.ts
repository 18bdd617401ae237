import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inTransaction } from './concurrency/inTransaction'
import { insertRow } from './insertRow'
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

const citizen = (fiscalCode: string) => t.payload.create({ collection: 'citizens', data: { fiscalCode, givenName: 'Nome', familyName: 'Cognome' } as never })
