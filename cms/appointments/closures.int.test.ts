import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseIcs } from '../testing/parseIcs'
import type { TestMailbox } from '../testing/testMailbox'
import { bookSlot, readBooking } from './book'
import { closureTaskSlug } from './closures'
import type { Applicant, Id } from './contract'
import { appointmentsQueue } from './reminders'
import { romeInstant } from './romeTime'
import { createAppointmentFixtures, createCitizen } from './testFixtures'
import { startPayloadWithMailbox, type PayloadWithMailbox } from './testSetup'
import { runNotifications } from '../testing/runNotifications'

let env: PayloadWithMailbox
let payload: Payload
let mailbox: TestMailbox
let n = 0

// Monday 1 March 2027, 09:00 in Rome: the engine's clock when booking. The closure's job runs on the real clock, months earlier.
const now = new Date('2027-03-01T08:00:00.000Z')
const book = async (calendarId: Id, day: string, time: string, applicant: Applicant) =>
  (await bookSlot(payload, { calendarId, startsAt: romeInstant(day, time), applicant, channel: 'online', requestKey: `chiusura-${++n}` }, now)).booking
const closureJobs = async () => (await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: closureTaskSlug } }, { completedAt: { exists: false } }] }, depth: 0, pagination: false })).docs

beforeAll(async () => {
  env = await startPayloadWithMailbox()
  payload = env.payload
  mailbox = env.mailbox
})
afterAll(async () => env?.cleanup())

describe('a closure added to a calendar', () => {
  it('cancels the bookings of the days it covers, telling each citizen the reason — and leaves the other days alone', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'chiusura')
    const citizen = await createCitizen(payload, 'LNZMRC75C12B180P', 'Marco', 'Lenzi')
    const onClosedDay = await book(calendar.id, '2027-03-10', '09:20', { kind: 'citizen', citizenId: citizen.id, fiscalCode: 'LNZMRC75C12B180P', givenName: 'Marco', familyName: 'Lenzi', email: 'lenzi@example.org' })
    const onOpenDay = await book(calendar.id, '2027-03-11', '09:20', { kind: 'citizen', citizenId: citizen.id, fiscalCode: 'LNZMRC75C12B180P', givenName: 'Marco', familyName: 'Lenzi', email: 'lenzi@example.org' })

    // As the admin's day picker stores it: Rome's midnight of 10 March.
    await payload.update({ collection: 'calendars', id: calendar.id, data: { closures: [{ from: '2027-03-09T23:00:00.000Z', to: '2027-03-09T23:00:00.000Z', reason: 'Disinfestazione dei locali' }] }, overrideAccess: true })
    expect(await closureJobs()).toHaveLength(1)
    await payload.jobs.run({ queue: appointmentsQueue })
    expect(await closureJobs()).toHaveLength(0)

    expect(await readBooking(payload, onClosedDay.id)).toMatchObject({ status: 'annullata' })
    expect(await readBooking(payload, onOpenDay.id)).toMatchObject({ status: 'confermata' })
    const doc = await payload.findByID({ collection: 'bookings', id: onClosedDay.id, depth: 0 })
    expect(doc.cancelReason).toMatch(/disinfestazione dei locali/i)

    await runNotifications(payload)
    const mail = mailbox.to('lenzi@example.org').find((m) => m.subject?.startsWith('Appuntamento annullato'))
    expect(mail?.subject).toBe('Appuntamento annullato per chiusura dell’ufficio: mercoledì 10 marzo 2027, ore 09:20')
    expect(mail?.text).toMatch(/disinfestazione dei locali/i)
    const ics = parseIcs(mail!.attachments.find((a) => a.contentType === 'text/calendar')!.content.toString('utf8'))
    expect(ics.calendar.METHOD).toBe('CANCEL')
    const messages = await payload.find({ collection: 'citizen-messages', where: { citizen: { equals: citizen.id } }, sort: '-createdAt', depth: 0 })
    expect(messages.docs[0]).toMatchObject({ subject: 'Appuntamento annullato per chiusura dell’ufficio: mercoledì 10 marzo 2027, ore 09:20', body: expect.stringMatching(/disinfestazione dei locali/i) })
  })

  it('is the only change that queues cancellations: renaming a calendar or saving the same closures queues none', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'nessuna', { closures: [{ from: '2027-04-01T12:00:00.000Z', to: '2027-04-02T12:00:00.000Z', reason: 'Inventario' }] })
    await payload.update({ collection: 'calendars', id: calendar.id, data: { name: 'Sportello rinominato' }, overrideAccess: true })
    const same = await payload.findByID({ collection: 'calendars', id: calendar.id, depth: 0 })
    await payload.update({ collection: 'calendars', id: calendar.id, data: { closures: same.closures }, overrideAccess: true })
    expect(await closureJobs()).toHaveLength(0)
    await payload.update({ collection: 'calendars', id: calendar.id, data: { closures: [...(same.closures ?? []).map(({ from, to, reason }) => ({ from, to, reason })), { from: '2027-04-05T12:00:00.000Z', to: '2027-04-05T12:00:00.000Z', reason: 'Assemblea' }] }, overrideAccess: true })
    expect(await closureJobs()).toHaveLength(1)
    await payload.jobs.run({ queue: appointmentsQueue })
  })
})
