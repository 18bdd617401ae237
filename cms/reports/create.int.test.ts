import exifr from 'exifr'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayloadWithMailbox, type PayloadWithMailbox } from '../appointments/testSetup'
import type { TestMailbox } from '../testing/testMailbox'
import { confirmReportEmail } from './confirm'
import type { NewReport, Reporter } from './contract'
import { createReport } from './create'
import { readReportPhoto } from './photoFiles'
import { ReportRefused } from './refusal'
import { jpegWithGps, plainPng } from './testPhotos'
import { seedReportBasics } from './testFixtures'
import { runNotifications } from '../testing/runNotifications'

let env: PayloadWithMailbox
let payload: Payload
let mailbox: TestMailbox
let n = 0

const now = new Date('2027-03-01T08:00:00.000Z')
const guest = (i: number): Reporter => ({ kind: 'guest', name: `Ospite ${i}`, email: `ospite${i}@example.org` })
const input = (extra: Partial<NewReport> = {}): NewReport => ({
  categorySlug: 'illuminazione', title: 'Lampione spento', description: 'Il lampione davanti al civico 10 è spento da giorni.',
  place: { latitude: 40.6372, longitude: 17.9432, source: 'mappa' }, photos: [], usePhotoLocation: false,
  reporter: guest(++n), requestKey: `chiave-${n}-${Math.random()}`, channel: 'web', ...extra,
})
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error) => (error instanceof ReportRefused ? { code: error.code, field: error.field, message: error.message } : error))
const report = (code: string) => payload.find({ collection: 'reports', where: { code: { equals: code } }, depth: 0, overrideAccess: true }).then((r) => r.docs[0]!)
const linkIn = (text: string, path: string) => new URL(text.match(new RegExp(`https?://\\S+${path}\\S*`))![0]!)

beforeAll(async () => {
  process.env.SPORTELLO_PUBLIC_URL = 'https://www.comune.brindisi.it'
  env = await startPayloadWithMailbox()
  payload = env.payload
  mailbox = env.mailbox
  await seedReportBasics(payload)
})
afterAll(async () => env?.cleanup())

describe('a guest’s report', () => {
  it('waits for the email link, then is published with its target date, the trail and a second email with its page', async () => {
    const reporter = guest(900)
    const created = await createReport(payload, input({ reporter }), now)
    expect(created.pendingEmail).toBe(true)
    expect(created.code).toMatch(/^SEG-2027-[0-9A-Z]{6}$/)
    let row = await report(created.code)
    expect(row).toMatchObject({ status: 'da-confermare', confirmedAt: null, targetDate: null, moderation: 'in-attesa', area: 'Centro', locationSource: 'mappa', reporterEmail: 'ospite900@example.org', followersCount: 0 })

    await runNotifications(payload)
    const [check] = mailbox.to('ospite900@example.org')
    expect(check!.subject).toContain(created.code)
    const link = linkIn(check!.text!, '/segnalazioni/conferma/')
    expect(await confirmReportEmail(payload, link.searchParams.get('t')! + 'x', now)).toBeNull()
    const later = new Date(now.getTime() + 3_600_000)
    expect(await confirmReportEmail(payload, link.searchParams.get('t')!, later)).toEqual({ code: created.code })
    row = await report(created.code)
    expect(row).toMatchObject({ status: 'ricevuta', confirmedAt: later.toISOString(), targetDate: new Date(later.getTime() + 7 * 86_400_000).toISOString(), followersCount: 1 })
    // A second click finds it done: same code, no second "pubblicata".
    expect(await confirmReportEmail(payload, link.searchParams.get('t')!, later)).toEqual({ code: created.code })
    await runNotifications(payload)
    const mails = mailbox.to('ospite900@example.org')
    expect(mails).toHaveLength(2)
    expect(mails[1]!.text).toContain(`https://www.comune.brindisi.it/segnalazioni/${created.code}/`)
    expect(mails[1]!.text).toContain('/segnalazioni/non-seguire/?t=')
    const events = await payload.find({ collection: 'report-events', where: { report: { equals: row.id } }, sort: 'createdAt', depth: 0, overrideAccess: true })
    expect(events.docs.map((e) => e.kind)).toEqual(['inviata', 'email-confermata'])
  })

  it('publishes once when the link is opened twice at once', async () => {
    const created = await createReport(payload, input({ reporter: guest(901) }), now)
    await runNotifications(payload)
    const token = linkIn(mailbox.to('ospite901@example.org')[0]!.text!, '/segnalazioni/conferma/').searchParams.get('t')!
    expect(await Promise.all([confirmReportEmail(payload, token, now), confirmReportEmail(payload, token, now)])).toEqual([{ code: created.code }, { code: created.code }])
    const row = await report(created.code)
    const events = await payload.find({ collection: 'report-events', where: { and: [{ report: { equals: row.id } }, { kind: { equals: 'email-confermata' } }] }, depth: 0, overrideAccess: true })
    expect(events.totalDocs).toBe(1)
    await runNotifications(payload)
    expect(mailbox.to('ospite901@example.org')).toHaveLength(2)
  })

  it('refuses an expired link', async () => {
    const created = await createReport(payload, input(), now)
    await runNotifications(payload)
    const mail = mailbox.mails.find((m) => m.subject?.includes(created.code))!
    const token = linkIn(mail.text!, '/segnalazioni/conferma/').searchParams.get('t')!
    expect(await confirmReportEmail(payload, token, new Date(now.getTime() + 8 * 86_400_000))).toBeNull()
    expect((await report(created.code)).status).toBe('da-confermare')
  })
})

describe('a logged-in citizen’s report', () => {
  it('is received at once, with the citizen as confirmed follower and the message in the desk', async () => {
    const citizen = await payload.create({ collection: 'citizens', data: { fiscalCode: 'RSSMRA80A01B180X', givenName: 'Maria', familyName: 'Rossi', idpEmail: 'maria@example.org' } as never, overrideAccess: true })
    const created = await createReport(payload, input({ reporter: { kind: 'citizen', citizenId: citizen.id }, categorySlug: 'strade', place: { street: 'corso umberto i', houseNumber: '12b', source: 'indirizzo' } }), now)
    expect(created.pendingEmail).toBe(false)
    const row = await report(created.code)
    expect(row).toMatchObject({ status: 'ricevuta', address: 'Corso Umberto I 12b', latitude: 40.6338, longitude: 17.9386, area: 'Centro', locationSource: 'indirizzo', citizen: citizen.id, targetDate: new Date(now.getTime() + 20 * 86_400_000).toISOString() })
    const followers = await payload.find({ collection: 'report-followers', where: { report: { equals: row.id } }, depth: 0, overrideAccess: true })
    expect(followers.docs).toMatchObject([{ email: 'maria@example.org', reporter: true, citizen: citizen.id }])
    expect(followers.docs[0]!.confirmedAt).toBeTruthy()
    await runNotifications(payload)
    expect(mailbox.to('maria@example.org').at(-1)!.subject).toBe(`La tua segnalazione ${created.code} è pubblicata`)
    const messages = await payload.find({ collection: 'citizen-messages', where: { citizen: { equals: citizen.id } }, depth: 0, overrideAccess: true })
    expect(messages.docs.map((m) => m.subject)).toContain(`La tua segnalazione ${created.code} è pubblicata`)
  })
})

describe('the same request key', () => {
  it('makes one report of a retried and of five concurrent "Invia"', async () => {
    const same = input()
    const first = await createReport(payload, same, now)
    expect(await createReport(payload, same, now)).toEqual(first)
    const burst = input({ photos: [{ name: 'a.png', type: 'image/png', bytes: await plainPng(200, 100) }] })
    const results = await Promise.all(Array.from({ length: 5 }, () => createReport(payload, burst, now)))
    expect(new Set(results.map((r) => r.code)).size).toBe(1)
    const rows = await payload.find({ collection: 'reports', where: { requestKey: { equals: burst.requestKey } }, depth: 0, overrideAccess: true })
    expect(rows.totalDocs).toBe(1)
    const photos = await payload.find({ collection: 'report-photos', where: { report: { equals: rows.docs[0]!.id } }, depth: 0, overrideAccess: true })
    expect(photos.totalDocs).toBe(1)
    await runNotifications(payload)
    expect(mailbox.mails.filter((m) => m.subject?.includes(results[0]!.code))).toHaveLength(1)
  })
})

describe('photos', () => {
  it('keeps a re-encoded JPEG with no metadata; the GPS is ignored unless the citizen accepts it', async () => {
    const photo = { name: 'lampione.jpg', type: 'image/jpeg', bytes: await jpegWithGps(40.6301, 17.9302) }
    expect(await exifr.gps(Buffer.from(photo.bytes))).toMatchObject({ latitude: expect.closeTo(40.6301, 3) })
    const ignored = await createReport(payload, input({ photos: [photo], usePhotoLocation: false }), now)
    expect(await report(ignored.code)).toMatchObject({ latitude: 40.6372, longitude: 17.9432, locationSource: 'mappa' })

    const accepted = await createReport(payload, input({ photos: [photo, { name: 'grande.png', type: 'image/png', bytes: await plainPng() }], usePhotoLocation: true, place: { source: 'foto' } }), now)
    const row = await report(accepted.code)
    expect(row.locationSource).toBe('foto')
    expect(row.latitude).toBeCloseTo(40.6301, 3)
    expect(row.longitude).toBeCloseTo(17.9302, 3)

    const photos = await payload.find({ collection: 'report-photos', where: { report: { equals: row.id } }, sort: 'position', depth: 0, overrideAccess: true })
    expect(photos.docs.map((p) => [p.position, p.width, p.height])).toEqual([[1, 640, 480], [2, 2000, 1000]])
    for (const stored of photos.docs) {
      const bytes = (await readReportPhoto(payload, stored.id))!
      const meta = await sharp(bytes).metadata()
      expect(meta.format).toBe('jpeg')
      expect(meta.exif).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
      expect(meta.icc).toBeUndefined()
      expect(await exifr.gps(bytes)).toBeUndefined()
      expect(bytes.includes(Buffer.from('Maria Rossi'))).toBe(false)
      expect(stored.bytes).toBe(bytes.length)
    }
  })

  it('refuses a fourth photo, one over 10 MB and one that is not a picture; without GPS the photo cannot place the report', async () => {
    const png = { name: 'a.png', type: 'image/png', bytes: await plainPng(100, 100) }
    expect(await refusal(createReport(payload, input({ photos: [png, png, png, png] }), now))).toMatchObject({ code: 'invalid', field: 'photos', message: 'Puoi allegare al massimo 3 foto.' })
    expect(await refusal(createReport(payload, input({ photos: [{ ...png, bytes: new Uint8Array(10 * 1024 * 1024 + 1) }] }), now))).toMatchObject({ code: 'too-large', field: 'photos.1' })
    expect(await refusal(createReport(payload, input({ photos: [png, { ...png, bytes: new TextEncoder().encode('<svg/>') }] }), now))).toMatchObject({ code: 'invalid', field: 'photos.2' })
    expect(await refusal(createReport(payload, input({ photos: [png], usePhotoLocation: true, place: { source: 'foto' } }), now))).toMatchObject({ code: 'invalid', field: 'place', message: expect.stringContaining('La foto non contiene') })
  })
})

describe('refusals', () => {
  it('explains in Italian what is wrong and stores nothing', async () => {
    const before = (await payload.count({ collection: 'reports', overrideAccess: true })).totalDocs
    const cases: [Partial<NewReport>, string, RegExp][] = [
      [{ categorySlug: 'inesistente' }, 'categorySlug', /Scegli una categoria/],
      [{ title: '   ' }, 'title', /Scrivi l’oggetto/],
      [{ title: 'x'.repeat(121) }, 'title', /al massimo 120 caratteri/],
      [{ description: 'x'.repeat(2001) }, 'description', /al massimo 2000 caratteri/],
      [{ reporter: { kind: 'guest', name: 'Ospite', email: 'non-una-email' } }, 'email', /email valido/],
      [{ reporter: { kind: 'guest', name: '', email: 'a@example.org' } }, 'name', /nome e cognome/],
      [{ place: { latitude: 41.9, longitude: 12.5, source: 'mappa' } }, 'place', /fuori dal territorio/],
      [{ place: { latitude: Number.NaN, longitude: 17.9, source: 'mappa' } }, 'place', /Indica dove/],
      [{ place: { street: 'Via che non esiste', source: 'indirizzo' } }, 'place.street', /stradario/],
      [{ place: { street: 'Corso Garibaldi', houseNumber: '<b>', source: 'indirizzo' } }, 'place.houseNumber', /civico/],
      [{ requestKey: '' }, 'requestKey', /chiave/],
    ]
    for (const [extra, field, message] of cases) {
      expect(await refusal(createReport(payload, input(extra), now))).toMatchObject({ code: 'invalid', field, message: expect.stringMatching(message) })
    }
    expect((await payload.count({ collection: 'reports', overrideAccess: true })).totalDocs).toBe(before)
  })
})
