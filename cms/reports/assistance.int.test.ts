import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startPayloadWithMailbox, type PayloadWithMailbox } from '../appointments/testSetup'
import type { TestMailbox } from '../testing/testMailbox'
import { createAssistanceRequest, myAssistanceRequests, notifyAssistanceReply } from './assistance'
import type { NewAssistanceRequest } from './contract'
import { createReport } from './create'
import { followReport } from './follow'
import { myReports } from './mine'
import { reportPhotoFiles } from './photoFiles'
import { purgeUnconfirmedReports } from './purge'
import { ReportRefused } from './refusal'
import { insertReport, seedReportBasics, type ReportBasics } from './testFixtures'
import { plainPng } from './testPhotos'
import { runNotifications } from '../testing/runNotifications'

let env: PayloadWithMailbox
let payload: Payload
let mailbox: TestMailbox
let basics: ReportBasics
let n = 0

const request = (extra: Partial<NewAssistanceRequest> = {}): NewAssistanceRequest => ({ name: 'Anna Neri', email: 'anna@example.org', topic: 'servizi-online', message: 'Non riesco ad accedere con SPID.', requestKey: `assistenza-${++n}`, ...extra })
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error) => (error instanceof ReportRefused ? { code: error.code, field: error.field, message: error.message } : error))
const citizen = (fiscalCode: string, email: string) => payload.create({ collection: 'citizens', data: { fiscalCode, givenName: 'Carla', familyName: 'Blu', idpEmail: email } as never, overrideAccess: true })

beforeAll(async () => {
  process.env.SPORTELLO_PUBLIC_URL = 'https://www.comune.brindisi.it'
  env = await startPayloadWithMailbox()
  payload = env.payload
  mailbox = env.mailbox
  basics = await seedReportBasics(payload)
})
afterAll(async () => env?.cleanup())

describe('Richiedi assistenza', () => {
  it('lands in the URP’s queue once per request key, with a receipt by email and, for a citizen, in the desk', async () => {
    const carla = await citizen('BLUCRL80A41B180Z', 'carla@example.org')
    const same = request({ citizenId: carla.id, email: 'Carla@Example.org', message: 'Come pago la TARI?\nGrazie.', topic: 'pagamenti' })
    const { code } = await createAssistanceRequest(payload, same)
    expect(code).toMatch(/^ASS-\d{4}-[0-9A-Z]{6}$/)
    expect(await createAssistanceRequest(payload, same)).toEqual({ code })
    const rows = await payload.find({ collection: 'assistance-requests', where: { requestKey: { equals: same.requestKey } }, depth: 0, overrideAccess: true })
    expect(rows.docs).toMatchObject([{ code, status: 'nuova', office: basics.offices.urp, email: 'carla@example.org', citizen: carla.id }])
    await runNotifications(payload)
    const receipt = mailbox.to('carla@example.org')
    expect(receipt).toHaveLength(1)
    expect(receipt[0]!.subject).toBe(`Richiesta di assistenza ${code} ricevuta`)
    expect(receipt[0]!.text).toContain('Argomento: Pagamenti')
    expect(receipt[0]!.text).toContain('Come pago la TARI?')
    const views = await myAssistanceRequests(payload, carla.id)
    expect(views).toMatchObject([{ code, status: 'nuova', topic: 'pagamenti', message: 'Come pago la TARI?\nGrazie.', service: null, reply: null }])
    expect(await myAssistanceRequests(payload, (await citizen('ALTRO80A41B180Z', 'altro@example.org')).id)).toEqual([])

    await payload.update({ collection: 'assistance-requests', id: rows.docs[0]!.id, data: { reply: 'Con pagoPA, dal portale.', status: 'risposta', repliedAt: new Date().toISOString() }, overrideAccess: true })
    await notifyAssistanceReply(payload, rows.docs[0]!.id)
    await runNotifications(payload)
    expect(mailbox.to('carla@example.org').at(-1)!.text).toContain('Con pagoPA, dal portale.')
    const desk = await payload.find({ collection: 'citizen-messages', where: { citizen: { equals: carla.id } }, sort: 'createdAt', depth: 0, overrideAccess: true })
    expect(desk.docs.map((m) => m.subject)).toEqual([`Richiesta di assistenza ${code} ricevuta`, `Risposta alla tua richiesta di assistenza ${code}`])
    expect((await myAssistanceRequests(payload, carla.id))[0]).toMatchObject({ status: 'risposta', reply: 'Con pagoPA, dal portale.' })
    await expect(notifyAssistanceReply(payload, 999_999)).resolves.toBeUndefined()
  })

  it('refuses bad input in Italian, naming the field', async () => {
    const cases: [Partial<NewAssistanceRequest>, string, RegExp][] = [
      [{ name: ' ' }, 'name', /nome e cognome/],
      [{ email: 'anna@' }, 'email', /email valido/],
      [{ topic: 'segreto' as never }, 'topic', /argomento/],
      [{ message: '' }, 'message', /Scrivi il messaggio/],
      [{ message: 'x'.repeat(2001) }, 'message', /al massimo 2000/],
      [{ serviceSlug: 'non-esiste' }, 'serviceSlug', /servizio indicato non esiste/],
      [{ requestKey: '' }, 'requestKey', /chiave/],
    ]
    for (const [extra, field, message] of cases) {
      expect(await refusal(createAssistanceRequest(payload, request(extra)))).toMatchObject({ code: 'invalid', field, message: expect.stringMatching(message) })
    }
  })
})

describe('the desk’s reports', () => {
  it('lists what the citizen sent and what they follow, nothing of others', async () => {
    const dario = await citizen('DRAGLL80A01B180Q', 'dario@example.org')
    const sent = await createReport(payload, { categorySlug: 'strade', title: 'Buca', description: 'Una buca profonda.', place: { street: 'Via Appia', source: 'indirizzo' }, photos: [], usePhotoLocation: false, reporter: { kind: 'citizen', citizenId: dario.id }, requestKey: 'desk-1', channel: 'web' })
    const other = await insertReport(payload, basics, { title: 'Lampione di un altro' })
    await insertReport(payload, basics, { title: 'Nessuno la segue' })
    await followReport(payload, other.code, { kind: 'citizen', citizenId: dario.id })
    const mine = await myReports(payload, dario.id)
    expect(mine.map((r) => [r.code, r.role])).toEqual(expect.arrayContaining([[sent.code, 'segnalata'], [other.code, 'seguita']]))
    expect(mine).toHaveLength(2)
    expect(mine.find((r) => r.code === sent.code)).toMatchObject({ status: 'ricevuta', category: { slug: 'strade', name: 'Strade e marciapiedi' }, address: 'Via Appia', area: "Sant'Elia" })
    expect(JSON.stringify(mine)).not.toContain('maria.rossi@example.org')
  })
})

describe('unconfirmed reports', () => {
  it('are deleted with their photos after 8 days; confirmed ones stay', async () => {
    const guest = await createReport(payload, { categorySlug: 'illuminazione', title: 'Mai confermata', description: 'Lampione.', place: { latitude: 40.63, longitude: 17.94, source: 'mappa' }, photos: [{ name: 'a.png', type: 'image/png', bytes: await plainPng(50, 50) }], usePhotoLocation: false, reporter: { kind: 'guest', name: 'Ospite', email: 'ospite@example.org' }, requestKey: 'mai-confermata', channel: 'web' })
    const kept = await insertReport(payload, basics)
    const [photo] = (await payload.find({ collection: 'report-photos', where: { report: { equals: guest.id } }, overrideAccess: true })).docs
    expect(await reportPhotoFiles(payload).read(photo!.storedName)).not.toBeNull()
    expect(await purgeUnconfirmedReports(payload, new Date())).toBe(0)
    const removed = await purgeUnconfirmedReports(payload, new Date(Date.now() + 9 * 86_400_000))
    expect(removed).toBeGreaterThanOrEqual(1)
    expect((await payload.find({ collection: 'reports', where: { code: { equals: guest.code } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await payload.find({ collection: 'report-photos', where: { report: { equals: guest.id } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(await reportPhotoFiles(payload).read(photo!.storedName)).toBeNull()
    expect((await payload.find({ collection: 'report-followers', where: { report: { equals: guest.id } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await payload.find({ collection: 'reports', where: { code: { equals: kept.code } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('are deleted once, without a failure, when several new reports purge them at the same time', async () => {
    const guests = []
    for (const i of [1, 2, 3]) {
      guests.push(await createReport(payload, { categorySlug: 'illuminazione', title: `Mai confermata ${i}`, description: 'Lampione.', place: { latitude: 40.63, longitude: 17.94, source: 'mappa' }, photos: [], usePhotoLocation: false, reporter: { kind: 'guest', name: 'Ospite', email: `ospite${i}@example.org` }, requestKey: `mai-confermata-insieme-${i}`, channel: 'web' }))
    }
    const warn = vi.spyOn(payload.logger, 'warn')
    try {
      // Every createReport purges (cms/reports/create.ts): two at once find the same expired reports and delete them.
      const later = new Date(Date.now() + 9 * 86_400_000)
      await Promise.all(Array.from({ length: 6 }, () => purgeUnconfirmedReports(payload, later)))
      expect(warn.mock.calls.map(([entry]) => (entry as { msg?: string }).msg)).toEqual([])
    } finally {
      warn.mockRestore()
    }
    expect((await payload.find({ collection: 'reports', where: { code: { in: guests.map((g) => g.code) } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
