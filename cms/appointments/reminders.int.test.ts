import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestMailbox } from '../testing/testMailbox'
import { bookSlot, cancelBooking, moveBooking, readBooking, type Actor } from './book'
import type { Applicant, BookingView, Id } from './contract'
import { appointmentsQueue, reminderTaskSlug } from './reminders'
import { romeInstant } from './romeTime'
import { createAppointmentFixtures } from './testFixtures'
import { createOperator, startPayloadWithMailbox, type PayloadWithMailbox } from './testSetup'
import { runNotifications } from '../testing/runNotifications'

let env: PayloadWithMailbox
let payload: Payload
let mailbox: TestMailbox
let operator: Actor
let n = 0

// Monday 1 March 2027, 09:00 in Rome: the engine's clock when booking. The reminders run on the real clock, months earlier.
const now = new Date('2027-03-01T08:00:00.000Z')
const person = (i: number): Applicant => ({ kind: 'guest', givenName: 'Paolo', familyName: `Ricordo ${i}`, email: `ricordo${i}@example.org` })

/** A booking the office made for a caller: confirmed at once, so its reminder is queued. */
async function confirmedBooking(calendarId: Id, day: string, time: string, i: number): Promise<BookingView> {
  const { booking } = await bookSlot(payload, { calendarId, startsAt: romeInstant(day, time), applicant: person(i), channel: 'telefono', requestKey: `ricordo-${++n}`, staffUserId: (operator as { userId: Id }).userId }, now)
  expect(booking.status).toBe('confermata')
  return booking
}

const reminderJobs = async (bookingId: Id) =>
  (await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: reminderTaskSlug } }, { 'input.bookingId': { equals: String(bookingId) } }] }, depth: 0, pagination: false })).docs

/** Runs the reminder job as the publisher would, for a booking at a start (the job queueReminder queued carries the same). */
async function runReminder(bookingId: Id, startsAt: Date, times = 1) {
  for (let i = 0; i < times; i++) await payload.jobs.queue({ task: reminderTaskSlug, queue: appointmentsQueue, input: { bookingId: String(bookingId), startsAt: startsAt.toISOString() } })
  await payload.jobs.run({ queue: appointmentsQueue, limit: 50 })
}

const reminders = (address: string) => mailbox.to(address).filter((mail) => mail.subject?.startsWith('Promemoria'))

beforeAll(async () => {
  env = await startPayloadWithMailbox()
  payload = env.payload
  mailbox = env.mailbox
  operator = await createOperator(payload)
})
afterAll(async () => env?.cleanup())

describe('the reminder', () => {
  it('is queued for 09:00 in Rome the day before, with the start it reminds of', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'coda')
    const booking = await confirmedBooking(calendar.id, '2027-03-03', '09:20', 1)
    const jobs = await reminderJobs(booking.id)
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).toMatchObject({ queue: appointmentsQueue, waitUntil: '2027-03-02T08:00:00.000Z', input: { bookingId: String(booking.id), startsAt: '2027-03-03T08:20:00.000Z' } })
  })

  it('is sent once however many times its job runs', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'una-volta')
    const booking = await confirmedBooking(calendar.id, '2027-03-04', '10:00', 2)
    await runReminder(booking.id, booking.startsAt, 2)
    await runReminder(booking.id, booking.startsAt)
    await runNotifications(payload)
    const sent = reminders('ricordo2@example.org')
    expect(sent).toHaveLength(1)
    expect(sent[0]!.subject).toBe('Promemoria: appuntamento di giovedì 4 marzo 2027, ore 10:00')
    expect(sent[0]!.text).toMatch(/Sposta o annulla l’appuntamento: http.*\/prenotazione-appuntamento\/gestisci\/\?t=/)
    const trail = await payload.find({ collection: 'booking-events', where: { and: [{ booking: { equals: booking.id } }, { kind: { equals: 'promemoria' } }] }, depth: 0 })
    expect(trail.docs.map((e) => e.onceKey)).toEqual([`promemoria:${booking.id}:2027-03-04T09:00:00.000Z`])
    const doc = await payload.findByID({ collection: 'bookings', id: booking.id, depth: 0 })
    expect(doc.reminderSentAt).toBeTruthy()
  })

  it('of a moved booking comes from the new job: the old one, queued for the old start, sends nothing', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'spostata')
    const booking = await confirmedBooking(calendar.id, '2027-03-05', '09:00', 3)
    await moveBooking(payload, booking.id, romeInstant('2027-03-08', '11:00'), operator, null, now)
    expect((await reminderJobs(booking.id)).map((job) => (job.input as { startsAt: string }).startsAt).sort()).toEqual(['2027-03-05T08:00:00.000Z', '2027-03-08T10:00:00.000Z'])

    await runReminder(booking.id, booking.startsAt)
    await runNotifications(payload)
    expect(reminders('ricordo3@example.org')).toEqual([])
    await runReminder(booking.id, (await readBooking(payload, booking.id))!.startsAt)
    await runNotifications(payload)
    expect(reminders('ricordo3@example.org').map((mail) => mail.subject)).toEqual(['Promemoria: appuntamento di lunedì 8 marzo 2027, ore 11:00'])
  })

  it('of a cancelled booking is never sent', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'annullata')
    const booking = await confirmedBooking(calendar.id, '2027-03-09', '09:40', 4)
    await cancelBooking(payload, booking.id, operator, 'Ufficio in trasloco.', now)
    await runReminder(booking.id, booking.startsAt)
    await runNotifications(payload)
    expect(reminders('ricordo4@example.org')).toEqual([])
    await runNotifications(payload)
    // The queue delivers a batch in parallel: the two messages may leave in either order.
    expect(mailbox.to('ricordo4@example.org').map((mail) => mail.subject).sort()).toEqual(['Appuntamento annullato: martedì 9 marzo 2027, ore 09:40', 'Appuntamento confermato: martedì 9 marzo 2027, ore 09:40'])
  })
})
