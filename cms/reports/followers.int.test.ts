import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayloadWithMailbox, type PayloadWithMailbox } from '../appointments/testSetup'
import type { TestMailbox } from '../testing/testMailbox'
import { confirmFollow, followReport, unfollow } from './follow'
import { nearbyOpenReports } from './nearby'
import { notifyReportChange } from './notify'
import { ReportRefused } from './refusal'
import { searchStreets } from './streets'
import { insertReport, seedReportBasics, type ReportBasics } from './testFixtures'
import { runNotifications } from '../testing/runNotifications'

let env: PayloadWithMailbox
let payload: Payload
let mailbox: TestMailbox
let basics: ReportBasics

const now = new Date('2027-03-01T08:00:00.000Z')
// One degree of latitude is 111.2 km; of longitude, at Brindisi's latitude, 84.4 km.
const north = (meters: number) => 40.63 + meters / 111_195
const east = (meters: number) => 17.94 + meters / 84_420
const linkIn = (text: string, path: string) => new URL(text.match(new RegExp(`https?://\\S+${path}\\S*`))![0]!).searchParams.get('t')!
const row = (id: number | string) => payload.findByID({ collection: 'reports', id, depth: 0, overrideAccess: true })

beforeAll(async () => {
  process.env.SPORTELLO_PUBLIC_URL = 'https://www.comune.brindisi.it'
  env = await startPayloadWithMailbox({ refuse: ['rifiutata@example.org'] })
  payload = env.payload
  mailbox = env.mailbox
  basics = await seedReportBasics(payload)
})
afterAll(async () => env?.cleanup())

describe('street list search', () => {
  it('finds streets by any word’s beginning, without accents or case, whatever kind of street is typed', async () => {
    expect((await searchStreets(payload, 'via garib')).map((s) => s.name)).toEqual(['Corso Garibaldi'])
    expect((await searchStreets(payload, 'CORSO'))[0]).toEqual({ name: 'Corso Garibaldi', area: 'Centro', latitude: 40.6372, longitude: 17.9432 })
    expect((await searchStreets(payload, 'ùmbèrto')).map((s) => s.name)).toEqual(['Corso Umberto I'])
    expect((await searchStreets(payload, 'appia')).map((s) => s.area)).toEqual(["Sant'Elia"])
    expect(await searchStreets(payload, 'g')).toEqual([])
    expect(await searchStreets(payload, 'zzzz')).toEqual([])
  })
})

describe('already reported?', () => {
  it('lists open reports of the same category within 150 m, nearest first; not farther, other categories, closed, unconfirmed or merged', async () => {
    const at = (meters: { n?: number; e?: number }) => ({ latitude: north(meters.n ?? 0), longitude: east(meters.e ?? 0) })
    const a = await insertReport(payload, basics, at({ n: 100 }))
    const b = await insertReport(payload, basics, at({ e: 140 }))
    const h = await insertReport(payload, basics, { ...at({ n: -120 }), status: 'in-lavorazione' })
    const far = await insertReport(payload, basics, at({ n: 300 }))
    await insertReport(payload, basics, { ...at({ n: 50 }), category: basics.categories.strade as number })
    await insertReport(payload, basics, { ...at({ n: 20 }), status: 'chiusa', closeReason: 'non-riscontrata' })
    await insertReport(payload, basics, { ...at({ n: 30 }), status: 'risolta' })
    await insertReport(payload, basics, { ...at({ n: 10 }), status: 'da-confermare', confirmedAt: null })
    await insertReport(payload, basics, { ...at({ n: 40 }), mergedInto: a.id })
    const centre = { latitude: 40.63, longitude: 17.94, categorySlug: 'illuminazione' }
    const found = await nearbyOpenReports(payload, centre)
    expect(found.map((m) => m.code)).toEqual([a.code, h.code, b.code])
    expect(found[1]).toMatchObject({ status: 'in-lavorazione', category: 'illuminazione', title: 'Lampione spento' })
    expect((await nearbyOpenReports(payload, { ...centre, radiusMeters: 400 })).map((m) => m.code)).toContain(far.code)
    expect(await nearbyOpenReports(payload, { ...centre, categorySlug: 'altro' })).toEqual([])
    expect(await nearbyOpenReports(payload, { ...centre, latitude: 45 })).toEqual([])
  })
})

describe('followers', () => {
  it('are told of every change by email (a citizen also in the desk), with the link to stop; unconfirmed ones are not', async () => {
    const report = await insertReport(payload, basics, { latitude: 40.61, longitude: 17.93 })
    expect(await followReport(payload, report.code, { kind: 'guest', name: 'Luca Bianchi', email: 'Luca@Example.org' }, now)).toEqual({ pendingEmail: true })
    await runNotifications(payload)
    const check = mailbox.to('luca@example.org').at(-1)!
    expect(check.subject).toBe(`Conferma per seguire la segnalazione ${report.code}`)
    const followToken = linkIn(check.text!, '/segnalazioni/segui/')
    expect(await Promise.all([confirmFollow(payload, followToken, now), confirmFollow(payload, followToken, now)])).toEqual([{ code: report.code }, { code: report.code }])
    expect((await payload.count({ collection: 'report-events', where: { and: [{ report: { equals: report.id } }, { kind: { equals: 'seguita' } }] }, overrideAccess: true })).totalDocs).toBe(1)
    expect(await followReport(payload, report.code, { kind: 'guest', name: 'Luca Bianchi', email: 'luca@example.org' }, now)).toEqual({ pendingEmail: false })
    for (let i = 0; i < 3; i++) expect(await followReport(payload, report.code, { kind: 'guest', name: 'Mai Confermato', email: 'mai@example.org' }, now)).toEqual({ pendingEmail: true })
    await runNotifications(payload)
    expect(mailbox.to('mai@example.org')).toHaveLength(1)
    await payload.create({ collection: 'report-followers', data: { report: report.id, office: basics.offices.works as number, email: 'rifiutata@example.org', confirmedAt: now.toISOString() }, overrideAccess: true })
    const citizen = await payload.create({ collection: 'citizens', data: { fiscalCode: 'VRDGPP70A01B180Y', givenName: 'Giuseppe', familyName: 'Verdi', idpEmail: 'giuseppe@example.org' } as never, overrideAccess: true })
    expect(await followReport(payload, report.code, { kind: 'citizen', citizenId: citizen.id }, now)).toEqual({ pendingEmail: false })
    expect((await row(report.id)).followersCount).toBe(3)

    await notifyReportChange(payload, report.id, { kind: 'status', status: 'risolta', publicAnswer: 'Lampada sostituita.' })
    await runNotifications(payload)
    const told = mailbox.mails.filter((m) => m.subject === `Aggiornamento della segnalazione ${report.code}`)
    expect(told.flatMap((m) => [m.to].flat().flatMap((t) => t!.value.map((v) => v.address))).sort()).toEqual(['giuseppe@example.org', 'luca@example.org'])
    await runNotifications(payload)
    const luca = mailbox.to('luca@example.org').at(-1)!
    expect(luca.text).toContain('Lo stato della segnalazione è ora: Risolta.')
    expect(luca.text).toContain('Risposta dell’ufficio: Lampada sostituita.')
    const desk = await payload.find({ collection: 'citizen-messages', where: { citizen: { equals: citizen.id } }, depth: 0, overrideAccess: true })
    expect(desk.docs.map((m) => m.subject)).toEqual([`Aggiornamento della segnalazione ${report.code}`])

    expect(await unfollow(payload, linkIn(luca.text!, '/segnalazioni/non-seguire/'), now)).toEqual({ code: report.code })
    expect(await unfollow(payload, linkIn(luca.text!, '/segnalazioni/non-seguire/'), now)).toBeNull()
    expect((await row(report.id)).followersCount).toBe(2)
    await notifyReportChange(payload, report.id, { kind: 'merged', into: 'SEG-2027-ABCDEF' })
    await runNotifications(payload)
    expect(mailbox.to('luca@example.org').filter((m) => m.subject?.startsWith('Aggiornamento'))).toHaveLength(1)
    await runNotifications(payload)
    expect(mailbox.to('giuseppe@example.org').at(-1)!.text).toContain('SEG-2027-ABCDEF')
  })

  it('cannot follow an unconfirmed or unknown report; a forged link does nothing; a missing report notifies no one', async () => {
    const hidden = await insertReport(payload, basics, { status: 'da-confermare', confirmedAt: null })
    const guest = { kind: 'guest', name: 'Ospite', email: 'ospite@example.org' } as const
    for (const code of [hidden.code, 'SEG-2027-NONCE0', '../../etc']) {
      await expect(followReport(payload, code, guest, now)).rejects.toBeInstanceOf(ReportRefused)
    }
    expect(await confirmFollow(payload, '1.s.zzzzzz.falsa', now)).toBeNull()
    expect(await unfollow(payload, 'niente', now)).toBeNull()
    await expect(notifyReportChange(payload, 999_999, { kind: 'answer', publicAnswer: 'x' })).resolves.toBeUndefined()
  })
})
