import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseIcs } from '../testing/parseIcs'
import { runNotifications } from '../testing/runNotifications'
import type { TestMailbox } from '../testing/testMailbox'
import { bookSlot, cancelBooking, confirmGuestEmail, moveBooking, type Actor } from './book'
import type { Applicant, BookingRequest, Id } from './contract'
import { notifyBooking } from './notify'
import { romeInstant } from './romeTime'
import { createAppointmentFixtures, createCitizen } from './testFixtures'
import { createOperator, startPayloadWithMailbox, type PayloadWithMailbox } from './testSetup'

let env: PayloadWithMailbox
let payload: Payload
let mailbox: TestMailbox
let operator: Actor
let n = 0

// Monday 1 March 2027, 09:00 in Rome: the engine's clock in these tests.
const now = new Date('2027-03-01T08:00:00.000Z')
const request = (calendarId: Id, startsAt: Date, applicant: Applicant, extra: Partial<BookingRequest> = {}): BookingRequest => ({ calendarId, startsAt, applicant, channel: 'online', requestKey: `notify-${++n}`, ...extra })
const calendarFileOf = (mail: ParsedMail) => {
  const files = mail.attachments.filter((a) => a.contentType === 'text/calendar')
  expect(files).toHaveLength(1)
  return { file: files[0]!, ics: parseIcs(files[0]!.content.toString('utf8')) }
}

beforeAll(async () => {
  process.env.SPORTELLO_PUBLIC_URL = 'https://www.comune.brindisi.it'
  env = await startPayloadWithMailbox({ refuse: ['rifiutata@example.org'] })
  payload = env.payload
  mailbox = env.mailbox
  operator = await createOperator(payload)
})
afterAll(async () => env?.cleanup())

describe('a guest’s booking by email', () => {
  it('asks to confirm the email (no calendar file yet), then confirms with an .ics; a move updates that event and a cancellation removes it', async () => {
    const { calendar, service } = await createAppointmentFixtures(payload, 'ospite')
    const email = 'giovanna@example.org'
    const { booking } = await bookSlot(payload, request(calendar.id, romeInstant('2027-03-03', '09:20'), { kind: 'guest', givenName: 'Giovanna', familyName: 'Caputo', email }, { serviceId: service.id }), now)
    await runNotifications(payload)

    const [check] = mailbox.to(email)
    expect(check!.subject).toBe('Conferma la tua prenotazione — Comune di Brindisi')
    expect(check!.text).toMatch(/Conferma la prenotazione: https:\/\/www\.comune\.brindisi\.it\/prenotazione-appuntamento\/conferma-email\/\?t=/)
    expect(check!.text).toContain('entro 30 minuti')
    expect(check!.attachments).toEqual([])

    await confirmGuestEmail(payload, booking.id, now)
    await runNotifications(payload)
    const confirmed = mailbox.to(email)[1]!
    expect(confirmed.subject).toBe('Appuntamento confermato: mercoledì 3 marzo 2027, ore 09:20')
    expect(confirmed.text).toContain(`Codice della prenotazione: ${booking.code}`)
    expect(confirmed.text).toContain('Dove: Ufficio Anagrafe ospite, Piazza Matteotti 1, Brindisi')
    expect(confirmed.text).toContain('Mappa (OpenStreetMap): https://www.openstreetmap.org/search?query=')
    expect(confirmed.text).toContain('Cosa portare:\nDocumento e fototessera')
    expect(confirmed.text).toMatch(/Sposta o annulla l’appuntamento: https:\/\/www\.comune\.brindisi\.it\/prenotazione-appuntamento\/gestisci\/\?t=/)
    expect(confirmed.text).toContain('Puoi spostare o annullare l’appuntamento fino a martedì 2 marzo 2027, ore 09:20.')
    expect(confirmed.html).toContain('<a href="https://www.comune.brindisi.it/prenotazione-appuntamento/gestisci/?t=')
    const first = calendarFileOf(confirmed)
    expect(first.file.filename).toBe('appuntamento.ics')
    expect(first.ics.calendar.METHOD).toBe('REQUEST')
    expect(first.ics.event).toMatchObject({ DTSTART: '20270303T082000Z', DTEND: '20270303T084000Z', UID: `prenotazione-${booking.id}@www.comune.brindisi.it` })

    await moveBooking(payload, booking.id, romeInstant('2027-03-04', '11:00'), operator, 'Lo sportello del mercoledì è chiuso per formazione.', now)
    await runNotifications(payload)
    const moved = mailbox.to(email)[2]!
    expect(moved.subject).toBe('Appuntamento spostato: giovedì 4 marzo 2027, ore 11:00')
    expect(moved.text).toContain('di mercoledì 3 marzo 2027, ore 09:20 è stato spostato a giovedì 4 marzo 2027, ore 11:00.\n\nMessaggio dell’ufficio: Lo sportello del mercoledì è chiuso per formazione.')
    const second = calendarFileOf(moved)
    expect(second.ics.event).toMatchObject({ UID: first.ics.event.UID, DTSTART: '20270304T100000Z' })
    expect(Number(second.ics.event.SEQUENCE)).toBeGreaterThan(Number(first.ics.event.SEQUENCE))

    await cancelBooking(payload, booking.id, { type: 'cittadino' }, null, now)
    await runNotifications(payload)
    const cancelled = mailbox.to(email)[3]!
    expect(cancelled.subject).toBe('Appuntamento annullato: giovedì 4 marzo 2027, ore 11:00')
    const third = calendarFileOf(cancelled)
    expect(third.file.filename).toBe('appuntamento-annullato.ics')
    expect(third.ics.calendar.METHOD).toBe('CANCEL')
    expect(third.ics.event).toMatchObject({ UID: first.ics.event.UID, STATUS: 'CANCELLED' })
    expect(Number(third.ics.event.SEQUENCE)).toBeGreaterThan(Number(second.ics.event.SEQUENCE))
    expect(mailbox.to(email)).toHaveLength(4)
  })
})

describe('a logged-in citizen’s booking', () => {
  it('is told by email and in the desk’s Messaggi, about no application', async () => {
    const { calendar, service } = await createAppointmentFixtures(payload, 'cittadino')
    const citizen = await createCitizen(payload, 'CPTGNN80A41B180K', 'Giovanna', 'Caputo')
    const applicant: Applicant = { kind: 'citizen', citizenId: citizen.id, fiscalCode: 'CPTGNN80A41B180K', givenName: 'Giovanna', familyName: 'Caputo', email: 'caputo@example.org' }
    const { booking } = await bookSlot(payload, request(calendar.id, romeInstant('2027-03-05', '10:00'), applicant, { serviceId: service.id }), now)
    await runNotifications(payload)

    const [mail] = mailbox.to('caputo@example.org')
    expect(mail!.subject).toBe('Appuntamento confermato: venerdì 5 marzo 2027, ore 10:00')
    expect(calendarFileOf(mail!).ics.calendar.METHOD).toBe('REQUEST')
    const { docs } = await payload.find({ collection: 'citizen-messages', where: { citizen: { equals: citizen.id } }, depth: 0 })
    expect(docs).toEqual([expect.objectContaining({
      subject: 'Appuntamento confermato: venerdì 5 marzo 2027, ore 10:00',
      body: `Il tuo appuntamento presso Ufficio Anagrafe cittadino è confermato per venerdì 5 marzo 2027, ore 10:00. Codice della prenotazione: ${booking.code}.`,
    })])
    expect(docs[0]!.practice ?? null).toBeNull()
  })
})

describe('a mail server that refuses the message', () => {
  it('never undoes the booking nor throws: the delivery log says the server refused, naming no one', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'rifiuto')
    const { booking, created } = await bookSlot(payload, request(calendar.id, romeInstant('2027-03-08', '09:00'), { kind: 'guest', givenName: 'Rosa', familyName: 'Greco', email: 'rifiutata@example.org' }), now)
    expect(created).toBe(true)
    await expect(notifyBooking(payload, { kind: 'cancelled', booking, by: 'operatore', message: null })).resolves.toBeUndefined()
    await runNotifications(payload)
    const { docs } = await payload.find({ collection: 'notification-deliveries', where: { kind: { in: ['appointment-email-check', 'appointment-cancelled'] }, recipientKind: { equals: 'solo-email' }, status: { equals: 'non-riuscita' } }, depth: 0 })
    // A 550 is final: one attempt each, the reason without the address, the stored message cleared.
    expect(docs.map(({ kind, channel, attempts, lastError, message }) => ({ kind, channel, attempts, lastError, message: message ?? null })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'appointment-cancelled', channel: 'email', attempts: 1, lastError: 'Il server di posta ha risposto 550', message: null },
      { kind: 'appointment-email-check', channel: 'email', attempts: 1, lastError: 'Il server di posta ha risposto 550', message: null },
    ])
    expect(mailbox.to('rifiutata@example.org')).toEqual([])
    expect((await payload.findByID({ collection: 'bookings', id: booking.id, depth: 0 })).status).not.toBe('annullata')
  })
})
