import { createLocalReq, type CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { flatRows } from '../../cms/flatRows'
import { insertRow } from '../../cms/insertRow'
import { inTransaction } from '../../cms/concurrency/inTransaction'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { createPracticeFixtures } from '../testing/practiceFixtures'
import { createStores, type Stores } from './stores'

// The application's records read straight from their tables (cms/flatRows.ts) must be what Payload's Local API
// returns for the same rows, field for field, on both databases.

let t: TestPayload
let stores: Stores
let f: Awaited<ReturnType<typeof createPracticeFixtures>>
let citizenId: number

beforeAll(async () => {
  t = await startTestPayload()
  stores = createStores(t.payload)
  f = await createPracticeFixtures(t.payload, 'diretto')
  citizenId = (await t.payload.create({ collection: 'citizens', data: { fiscalCode: 'RSSMRA80A01B180X', givenName: 'Mario', familyName: 'Rossi', contacts: { email: 'mario@example.it' } } as never })).id
})
afterAll(async () => t?.cleanup())

const newPractice = (data: Record<string, unknown> = {}) =>
  t.payload.create({ collection: 'practices', data: { title: 'Domanda diretta', applicantName: 'Mario Rossi', applicantFiscalCode: 'RSSMRA80A01B180X', data: { a: 1, nested: { b: [1, 'due'] } }, service: f.service.id, office: f.office.id, citizen: citizenId, status: 'bozza', version: 1, ...data } as never, context: { system: true } })

describe('direct reads of an application’s records', () => {
  it('are taken for the application, its attachments, its history and the register', () => {
    for (const slug of ['practices', 'practice-attachments', 'practice-events', 'protocol-register'] as CollectionSlug[]) expect(flatRows(t.payload)?.table(slug), slug).toBeTruthy()
  })

  it('refuse a statement name already taken by another place in the code (on PostgreSQL a name is one prepared statement)', async () => {
    const rows = flatRows(t.payload)!
    const one = () => rows.query('prova_nome', () => 'SELECT 1 AS "uno"', [])
    expect(Number((await one())[0]!.uno)).toBe(1)
    expect(Number((await one())[0]!.uno)).toBe(1)
    await expect(rows.query('prova_nome', () => 'SELECT 2 AS "uno"', [])).rejects.toThrow('è già di un’altra istruzione')
  })

  it('refuse a collection a direct read would get wrong (arrays, many-valued fields, read hooks)', () => {
    for (const slug of ['services', 'users', 'offices'] as CollectionSlug[]) expect(flatRows(t.payload)?.table(slug), slug).toBeNull()
  })

  it('read an application as Payload does, at depth 0 and 1, a draft and a submitted one with a clerk', async () => {
    const draft = await newPractice()
    const submitted = await newPractice({
      status: 'presentata', protocolNumber: '2026/000001', submittedAt: '2026-12-06T10:00:00.123Z', formSnapshot: { steps: [] }, privacyAcceptedAt: '2026-12-06T09:59:00.000Z',
      termDays: 30, termUnit: 'calendario', dueAt: '2027-01-05T22:59:59.999Z', assignee: f.operator.id, version: 3, suspensions: [{ from: '2026-12-07' }],
    })
    for (const practice of [draft, submitted]) {
      for (const depth of [0, 1] as const) {
        expect(await stores.practices.find(practice.id, undefined, depth)).toEqual(await t.payload.findByID({ collection: 'practices', id: practice.id, depth }))
      }
    }
    expect(await stores.practices.find(999_999)).toBeNull()
  })

  it('write a new draft as Payload’s create would, and give it back as Payload reads it', async () => {
    const created = await stores.transactions.inTransaction((tx) => stores.practices.create({
      title: 'Nuova bozza', applicantName: 'Mario Rossi', applicantFiscalCode: 'RSSMRA80A01B180X', data: { prefilled: { name: 'Mario' } }, service: f.service.id, office: f.office.id, citizen: citizenId,
    }, tx))
    const stored = await t.payload.findByID({ collection: 'practices', id: created.id, depth: 1 })
    expect(created).toEqual(stored)
    expect(stored).toMatchObject({ status: 'bozza', version: 1, data: { prefilled: { name: 'Mario' } }, service: { id: f.service.id }, citizen: { id: citizenId } })
  })

  it('give the service as it is now, after an edit, not as it was first read', async () => {
    const practice = await newPractice()
    expect(((await stores.practices.find(practice.id))!.service as { title: string }).title).toBe('Contrassegno di prova')
    await t.payload.update({ collection: 'services', id: f.service.id, data: { title: 'Contrassegno rinominato' } as never })
    expect(((await stores.practices.find(practice.id))!.service as { title: string }).title).toBe('Contrassegno rinominato')
    // What a caller changes of what it was given stays with it.
    const read = await stores.practices.find(practice.id)
    ;(read!.service as { title: string }).title = 'Cambiato dal chiamante'
    expect(((await stores.practices.find(practice.id))!.service as { title: string }).title).toBe('Contrassegno rinominato')
    await t.payload.update({ collection: 'services', id: f.service.id, data: { title: 'Contrassegno di prova' } as never })
  })

  it('read attachments, the citizen’s history and the register entry as Payload does', async () => {
    const practice = await newPractice()
    for (const slot of ['identity', 'other']) {
      await stores.attachments.add(practice, { slot, filename: `${slot}.pdf`, mime: 'application/pdf', size: 1234, sha256: 'a'.repeat(64), storageKey: `k-${slot}-${practice.id}`, source: 'domanda' } as never)
    }
    const req = await createLocalReq({}, t.payload)
    await inTransaction(req, async () => {
      await stores.history.record({ practice, kind: 'presentata', actorType: 'cittadino', toStatus: 'presentata', message: 'Protocollo', visibleToCitizen: true }, req)
      await stores.history.record({ practice, kind: 'nota-interna', actorType: 'operatore', message: 'Interna', visibleToCitizen: false } as never, req)
    })
    await insertRow(t.payload, 'protocol-register', { protocolNumber: `2026/${String(practice.id).padStart(6, '0')}`, year: 2026, sequence: 500_000 + practice.id, registeredAt: '2026-12-06T10:00:00.000Z', practice: practice.id, idempotencyKey: 'chiave', subject: 'Domanda' })

    const payloadFind = async (collection: CollectionSlug, where: object) => (await t.payload.find({ collection, where: where as never, sort: 'createdAt', depth: 0, pagination: false })).docs
    expect(await stores.attachments.listByPractice(practice.id)).toEqual(await payloadFind('practice-attachments', { practice: { equals: practice.id } }))
    const history = await stores.history.citizenHistory(practice.id)
    expect(history.map((e) => e.kind)).toEqual(['presentata'])
    expect(history).toEqual(await payloadFind('practice-events', { and: [{ practice: { equals: practice.id } }, { visibleToCitizen: { equals: true } }] }))
    expect(await stores.register.findByPractice(practice.id)).toEqual((await payloadFind('protocol-register', { practice: { equals: practice.id } }))[0])
    expect(await stores.register.findByPractice(999_999)).toBeNull()
  })

  it('read the year’s last number inside the registering transaction', async () => {
    const practice = await newPractice()
    const next = await stores.transactions.inTransaction((tx) => stores.register.nextSequence(2031, tx))
    expect(next).toBe(1)
    await insertRow(t.payload, 'protocol-register', { protocolNumber: '2031/000007', year: 2031, sequence: 7, registeredAt: '2031-01-02T10:00:00.000Z', practice: practice.id, idempotencyKey: 'k', subject: 'Domanda' })
    expect(await stores.transactions.inTransaction((tx) => stores.register.nextSequence(2031, tx))).toBe(8)
  })

  it('see, inside a transaction, what that transaction wrote and has not committed (they run on its connection)', async () => {
    const practice = await newPractice()
    const next = await stores.transactions.inTransaction(async (tx) => {
      await insertRow(t.payload, 'protocol-register', { protocolNumber: '2032/000003', year: 2032, sequence: 3, registeredAt: '2032-01-02T10:00:00.000Z', practice: practice.id, idempotencyKey: 'k', subject: 'Domanda' }, tx)
      return [await stores.register.nextSequence(2032, tx), (await stores.register.findByPractice(practice.id, tx))?.sequence, (await stores.practices.find(practice.id, tx, 1))?.id]
    })
    expect(next).toEqual([4, 3, practice.id])
  })
})

describe('an attachment recorded and the citizen’s quotas, read straight from the tables', () => {
  it('record an attachment as Payload’s create would, and give it back as Payload reads it', async () => {
    const practice = await newPractice()
    const added = await stores.attachments.add({ id: practice.id, office: f.office.id }, { slot: 'identity', filename: 'carta.pdf', mime: 'application/pdf', size: 1234, sha256: 'a'.repeat(64), storageKey: 'k/diretto', source: 'domanda' })
    expect(added).toEqual(await t.payload.findByID({ collection: 'practice-attachments', id: added.id, depth: 0 }))
    expect(added).toMatchObject({ practice: practice.id, office: f.office.id, slot: 'identity', size: 1234, source: 'domanda' })
  })

  it('count the open drafts and list the uploads of the last day as the Local API does', async () => {
    const other = (await t.payload.create({ collection: 'citizens', data: { fiscalCode: 'BNCLRA90A41B180K', givenName: 'Lara', familyName: 'Bianchi' } as never })).id
    const drafts = [await newPractice({ citizen: other }), await newPractice({ citizen: other })]
    await newPractice({ citizen: other, status: 'presentata' })
    expect(await stores.quotas.countOpenDrafts(other)).toBe((await t.payload.count({ collection: 'practices', where: { and: [{ citizen: { equals: other } }, { status: { equals: 'bozza' } }] } })).totalDocs)
    expect(await stores.quotas.countOpenDrafts(other)).toBe(2)
    const file = (size: number) => ({ slot: 'identity', filename: 'f.pdf', mime: 'application/pdf', size, sha256: 'b'.repeat(64), storageKey: `k/${size}`, source: 'domanda' as const })
    const sinceBefore = new Date(Date.now() - 1000)
    await stores.attachments.add({ id: drafts[0]!.id, office: f.office.id }, file(100))
    await stores.attachments.add({ id: drafts[1]!.id, office: f.office.id }, file(200))
    // Someone else's upload is not counted.
    await stores.attachments.add({ id: (await newPractice()).id, office: f.office.id }, file(999))
    const { docs } = await t.payload.find({ collection: 'practice-attachments', where: { and: [{ 'practice.citizen': { equals: other } }, { createdAt: { greater_than: sinceBefore.toISOString() } }] }, sort: 'createdAt', depth: 0, pagination: false })
    const uploads = await stores.quotas.uploadsSince(other, sinceBefore)
    expect(uploads).toEqual(docs.map((d) => ({ size: d.size, createdAt: d.createdAt })))
    expect(uploads.map((u) => u.size)).toEqual([100, 200])
    expect(await stores.quotas.uploadsSince(other, new Date(Date.now() + 1000))).toEqual([])
  })
})

describe('the published service by slug (opening a draft), kept by the process while its row and its office’s are unchanged', () => {
  const slug = () => f.service.slug!
  const localRead = async () => {
    const { docs: [service] } = await t.payload.find({ collection: 'services', where: { slug: { equals: slug() } }, depth: 0, limit: 1 })
    return { ...service, office: await t.payload.findByID({ collection: 'offices', id: f.office.id, depth: 0 }) }
  }

  it('is the service as the Local API reads it, with its office, and read again only when one of the two changed', async () => {
    const catalogue = createStores(t.payload).catalogue
    expect(await catalogue.findPublishedBySlug(slug())).toEqual(await localRead())
    const finds: string[] = []
    const find = t.payload.find.bind(t.payload)
    t.payload.find = ((args: { collection: string }) => (finds.push(args.collection), find(args as never))) as typeof t.payload.find
    try {
      expect(await catalogue.findPublishedBySlug(slug())).toEqual(await localRead())
      expect(finds.filter((c) => c === 'services')).toHaveLength(1) // localRead's own, not the store's
      await t.payload.update({ collection: 'services', id: f.service.id, data: { title: 'Contrassegno rinominato' } as never })
      expect((await catalogue.findPublishedBySlug(slug()))!.title).toBe('Contrassegno rinominato')
      await t.payload.update({ collection: 'offices', id: f.office.id, data: { title: 'Ufficio rinominato' } as never })
      expect(((await catalogue.findPublishedBySlug(slug()))!.office as { title: string }).title).toBe('Ufficio rinominato')
      expect(await catalogue.findPublishedBySlug(slug())).toEqual(await localRead())
    } finally {
      t.payload.find = find
      await t.payload.update({ collection: 'services', id: f.service.id, data: { title: 'Contrassegno di prova' } as never })
      await t.payload.update({ collection: 'offices', id: f.office.id, data: { title: f.office.title } as never })
    }
  })

  it('hands out a copy, is null for an unknown slug, and for a service no longer published', async () => {
    const catalogue = createStores(t.payload).catalogue
    const read = (await catalogue.findPublishedBySlug(slug()))!
    read.title = 'Cambiato dal chiamante'
    expect((await catalogue.findPublishedBySlug(slug()))!.title).toBe('Contrassegno di prova')
    expect(await catalogue.findPublishedBySlug('non-esiste')).toBeNull()
    await t.payload.update({ collection: 'services', id: f.service.id, data: { _status: 'draft' } as never })
    try {
      expect(await catalogue.findPublishedBySlug(slug())).toBeNull()
    } finally {
      await t.payload.update({ collection: 'services', id: f.service.id, data: { _status: 'published' } as never })
    }
    expect((await catalogue.findPublishedBySlug(slug()))!.id).toBe(f.service.id)
  })
})
