import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startTestPayload, type TestPayload } from '../testing/testPayload'
import { bookingByCode, bookSlot, cancelBooking, cancelForClosures, citizenBookings, confirmGuestEmail, markBooking, moveBooking, readBooking, type Actor } from './book'
import type { Applicant, BookingRequest, Id } from './contract'
import { bookingLink, verifyBookingLink } from './links'
import { BookingRefused } from './refusal'
import { romeInstant } from './romeTime'
import { daySlots, monthAvailability } from './slots'
import { createAppointmentFixtures, createCitizen } from './testFixtures'
import { createOperator } from './testSetup'

let t: TestPayload
let payload: Payload
let n = 0
let operator: Actor

// Monday 1 March 2027, 09:00 in Rome: the clock of every test (the engine takes `now`).
const now = new Date('2027-03-01T08:00:00.000Z')
const at = (day: string, time: string) => romeInstant(day, time)
const guest = (i: number): Applicant => ({ kind: 'guest', givenName: 'Ospite', familyName: `Numero ${i}`, email: `ospite${i}@example.org` })
const request = (calendarId: Id, startsAt: Date, applicant: Applicant, extra: Partial<BookingRequest> = {}): BookingRequest => ({ calendarId, startsAt, applicant, channel: 'online', requestKey: `key-${++n}-${Math.random()}`, ...extra })
const refusal = async (promise: Promise<unknown>) => promise.then(() => null, (error) => (error instanceof BookingRefused ? error.code : error))
const bookings = (calendarId: Id) => payload.find({ collection: 'bookings', where: { calendar: { equals: calendarId } }, pagination: false, depth: 0, overrideAccess: true }).then((r) => r.docs)

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  await payload.updateGlobal({ slug: 'settings', data: { name: 'Comune di Brindisi', address: 'Piazza Matteotti 1', taxCode: '00000000000', patron: { saint: 'San Teodoro', rule: 'prima-domenica', month: 9 } } as never, overrideAccess: true })
  operator = await createOperator(payload)
})
afterAll(async () => t?.cleanup())

describe('capacity', () => {
  it('gives the last free place to exactly one of 50 concurrent bookings; the other 49 are refused slot-full', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'cinquanta', { desks: 3 })
    const slot = at('2027-03-02', '09:20')
    for (const i of [1, 2]) await bookSlot(payload, request(calendar.id, slot, guest(100 + i)), now)
    expect((await daySlots(payload, calendar.id, '2027-03-02', now)).find((s) => s.time === '09:20')?.free).toBe(1)

    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => bookSlot(payload, request(calendar.id, slot, guest(i)), now).then((r) => r.created, (error) => (error instanceof BookingRefused ? error.code : String(error)))))
    expect(results.filter((r) => r === true)).toHaveLength(1)
    expect(results.filter((r) => r === 'slot-full')).toHaveLength(49)
    const held = (await bookings(calendar.id)).filter((b) => b.seat != null && new Date(b.startsAt).getTime() === slot.getTime())
    expect(held).toHaveLength(3)
    expect(new Set(held.map((b) => b.seat))).toEqual(new Set([1, 2, 3]))
    expect((await daySlots(payload, calendar.id, '2027-03-02', now)).find((s) => s.time === '09:20')?.free).toBe(0)
  })

  it('stores the same slot with the same instant, so the unique index sees every booking of it', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'istante')
    await bookSlot(payload, request(calendar.id, new Date('2027-03-02T08:00:00Z'), guest(1)), now)
    expect(await refusal(bookSlot(payload, request(calendar.id, new Date(Date.parse('2027-03-02T08:00:00Z')), guest(2)), now))).toBe('slot-full')
    expect((await bookings(calendar.id)).map((b) => b.startsAt)).toEqual(['2027-03-02T08:00:00.000Z'])
  })

  it('makes one booking of a doubled Conferma (same request key), even when both arrive at once', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'doppio', { desks: 2 })
    const same = request(calendar.id, at('2027-03-03', '10:00'), guest(7))
    const [a, b] = await Promise.all([bookSlot(payload, same, now), bookSlot(payload, same, now)])
    expect([a.created, b.created].sort()).toEqual([false, true])
    expect(a.booking.id).toBe(b.booking.id)
    const again = await bookSlot(payload, same, now)
    expect(again).toMatchObject({ created: false, booking: { id: a.booking.id, code: a.booking.code } })
    expect(await bookings(calendar.id)).toHaveLength(1)
  })

  it('completes a booking whose request failed after its INSERT (the database away): sent again, it gets its history and its email once', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'ripresa')
    const same = request(calendar.id, at('2027-03-03', '11:00'), guest(8))
    const emailChecks = async () => (await payload.count({ collection: 'notification-deliveries', where: { kind: { equals: 'appointment-email-check' } }, overrideAccess: true })).totalDocs
    const before = await emailChecks()
    const create = payload.create.bind(payload)
    const away = vi.spyOn(payload, 'create').mockImplementation(((args: { collection: string }) =>
      args.collection === 'booking-events' ? Promise.reject(new Error('Connection terminated unexpectedly')) : create(args as never)) as never)
    await expect(bookSlot(payload, same, now)).rejects.toThrow('Connection terminated unexpectedly')
    away.mockRestore()
    expect(await bookings(calendar.id)).toHaveLength(1)
    expect(await emailChecks()).toBe(before)

    const again = await bookSlot(payload, same, now)
    const twice = await bookSlot(payload, same, now)
    expect([again.created, twice.created]).toEqual([false, false])
    expect(twice.booking.id).toBe(again.booking.id)
    expect(await bookings(calendar.id)).toHaveLength(1)
    const events = await payload.find({ collection: 'booking-events', where: { booking: { equals: again.booking.id } }, depth: 0, overrideAccess: true })
    expect(events.docs.map((e) => e.kind)).toEqual(['prenotata'])
    expect(await emailChecks()).toBe(before + 1)
  })
})

describe('quota', () => {
  it('lets a holder keep at most maxPerCitizen future bookings per service; a cancelled one gives its place back', async () => {
    const { calendar, service } = await createAppointmentFixtures(payload, 'quota', { maxPerCitizen: 2, desks: 5 })
    const citizen = await createCitizen(payload, 'RSSMRA80A01B180X')
    const me: Applicant = { kind: 'citizen', citizenId: citizen.id, fiscalCode: 'rssmra80a01b180x', givenName: 'Maria', familyName: 'Rossi' }
    const first = await bookSlot(payload, request(calendar.id, at('2027-03-08', '09:00'), me, { serviceId: service.id }), now)
    await bookSlot(payload, request(calendar.id, at('2027-03-03', '09:00'), me, { serviceId: service.id }), now)
    expect(await refusal(bookSlot(payload, request(calendar.id, at('2027-03-04', '09:00'), me, { serviceId: service.id }), now))).toBe('quota')
    // The same person as a guest with another email is another holder; with the same fiscal code, the same.
    expect(await refusal(bookSlot(payload, request(calendar.id, at('2027-03-04', '09:00'), { ...guest(1), fiscalCode: 'RSSMRA80A01B180X' }, { serviceId: service.id }), now))).toBe('quota')
    await cancelBooking(payload, first.booking.id, { type: 'cittadino', citizenId: citizen.id }, null, now)
    const third = await bookSlot(payload, request(calendar.id, at('2027-03-04', '09:00'), me, { serviceId: service.id }), now)
    expect(third.created).toBe(true)
    // Once past, a booking no longer counts.
    const later = new Date('2027-03-03T12:00:00Z')
    expect((await bookSlot(payload, request(calendar.id, at('2027-03-05', '09:00'), me, { serviceId: service.id }), later)).created).toBe(true)
  })
})

describe('moving and cancelling', () => {
  it('frees the old slot at once when a booking moves, and takes a seat of the new one', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'sposta')
    const citizen = await createCitizen(payload, 'VRDLGI70B02B180Y', 'Luigi', 'Verdi')
    const me: Applicant = { kind: 'citizen', citizenId: citizen.id, fiscalCode: 'VRDLGI70B02B180Y', givenName: 'Luigi', familyName: 'Verdi' }
    const { booking } = await bookSlot(payload, request(calendar.id, at('2027-03-04', '09:00'), me), now)
    const moved = await moveBooking(payload, booking.id, at('2027-03-04', '10:00'), { type: 'cittadino', citizenId: citizen.id }, null, now)
    expect(moved.startsAt.toISOString()).toBe(at('2027-03-04', '10:00').toISOString())
    expect(moved.code).toBe(booking.code)
    const slots = await daySlots(payload, calendar.id, '2027-03-04', now)
    expect(slots.find((s) => s.time === '09:00')?.free).toBe(1)
    expect(slots.find((s) => s.time === '10:00')?.free).toBe(0)
    expect((await bookSlot(payload, request(calendar.id, at('2027-03-04', '09:00'), guest(3)), now)).created).toBe(true)
    expect(await refusal(moveBooking(payload, booking.id, at('2027-03-04', '09:00'), { type: 'cittadino', citizenId: citizen.id }, null, now))).toBe('slot-full')
    const events = await payload.find({ collection: 'booking-events', where: { booking: { equals: booking.id } }, sort: 'createdAt', depth: 0, overrideAccess: true })
    expect(events.docs.map((e) => e.kind)).toEqual(['prenotata', 'spostata'])
    expect(events.docs[1]).toMatchObject({ actorType: 'cittadino', fromStartsAt: at('2027-03-04', '09:00').toISOString(), toStartsAt: at('2027-03-04', '10:00').toISOString() })
  })

  it('frees the slot at once when a booking is cancelled; cancelling twice changes nothing', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'annulla')
    const slot = at('2027-03-05', '11:00')
    const { booking } = await bookSlot(payload, request(calendar.id, slot, guest(4)), now)
    await confirmGuestEmail(payload, booking.id, now)
    expect(await refusal(bookSlot(payload, request(calendar.id, slot, guest(5)), now))).toBe('slot-full')
    const cancelled = await cancelBooking(payload, booking.id, operator, 'Ufficio in sciopero', now)
    expect(cancelled.status).toBe('annullata')
    expect((await cancelBooking(payload, booking.id, { type: 'cittadino' }, null, now)).status).toBe('annullata')
    expect((await bookSlot(payload, request(calendar.id, slot, guest(5)), now)).created).toBe(true)
  })

  it('refuses a citizen’s change after the cut-off, and another citizen’s booking as not found; staff may still change it', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'cutoff', { cutoffHours: 24 })
    const citizen = await createCitizen(payload, 'BNCGNN60C03B180Z', 'Giovanni', 'Bianchi')
    const other = await createCitizen(payload, 'NRELNE75D44B180W', 'Elena', 'Neri')
    const me: Applicant = { kind: 'citizen', citizenId: citizen.id, fiscalCode: 'BNCGNN60C03B180Z', givenName: 'Giovanni', familyName: 'Bianchi' }
    const { booking } = await bookSlot(payload, request(calendar.id, at('2027-03-02', '11:00'), me), now)
    expect(booking.changeableUntil?.toISOString()).toBe(at('2027-03-01', '11:00').toISOString())
    const citizenActor: Actor = { type: 'cittadino', citizenId: citizen.id }
    expect(await refusal(cancelBooking(payload, booking.id, { type: 'cittadino', citizenId: other.id }, null, now))).toBe('not-found')
    const late = new Date(at('2027-03-01', '11:00').getTime() + 60_000)
    expect(await refusal(cancelBooking(payload, booking.id, citizenActor, null, late))).toBe('cutoff')
    expect(await refusal(moveBooking(payload, booking.id, at('2027-03-02', '10:00'), citizenActor, null, late))).toBe('cutoff')
    expect((await readBooking(payload, booking.id, late))?.changeableUntil).toBeNull()
    const staff = await moveBooking(payload, booking.id, at('2027-03-02', '10:00'), operator, 'Spostato per un guasto', late)
    expect(staff.startsAt.toISOString()).toBe(at('2027-03-02', '10:00').toISOString())
    expect((await citizenBookings(payload, citizen.id, now)).map((b) => b.id)).toEqual([booking.id])
    expect(await citizenBookings(payload, other.id, now)).toEqual([])
  })

  it('marks arrived, served and no-show from the appointment’s day, keeping the seat', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'segna')
    const { booking } = await bookSlot(payload, request(calendar.id, at('2027-03-02', '09:40'), guest(9), { staffUserId: undefined, channel: 'online' }), now)
    await confirmGuestEmail(payload, booking.id, now)
    expect(await refusal(markBooking(payload, booking.id, 'assente', operator, now))).toBe('bad-status')
    const day = at('2027-03-02', '10:30')
    expect((await markBooking(payload, booking.id, 'assente', operator, day)).status).toBe('assente')
    expect(await refusal(cancelBooking(payload, booking.id, operator, null, day))).toBe('bad-status')
    expect(await refusal(bookSlot(payload, request(calendar.id, at('2027-03-02', '09:40'), guest(10)), now))).toBe('slot-full')
  })
})

describe('guest holds', () => {
  it('releases a guest’s place when the email is not confirmed within 30 minutes', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'scadenza')
    const slot = at('2027-03-03', '11:20')
    const { booking } = await bookSlot(payload, request(calendar.id, slot, guest(11)), now)
    expect(booking.status).toBe('da-confermare')
    expect(booking.holdUntil?.toISOString()).toBe(new Date(now.getTime() + 30 * 60_000).toISOString())
    expect(await refusal(bookSlot(payload, request(calendar.id, slot, guest(12)), new Date(now.getTime() + 29 * 60_000)))).toBe('slot-full')
    const later = new Date(now.getTime() + 31 * 60_000)
    expect((await daySlots(payload, calendar.id, '2027-03-03', later)).find((s) => s.time === '11:20')?.free).toBe(1)
    expect((await bookSlot(payload, request(calendar.id, slot, guest(12)), later)).created).toBe(true)
    expect((await readBooking(payload, booking.id))?.status).toBe('scaduta')
    expect(await refusal(confirmGuestEmail(payload, booking.id, later))).toBe('bad-status')
  })

  it('confirms a guest’s email once; the booking then counts as confirmed', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'conferma')
    const { booking } = await bookSlot(payload, request(calendar.id, at('2027-03-03', '09:00'), guest(13)), now)
    const confirmed = await confirmGuestEmail(payload, booking.id, new Date(now.getTime() + 60_000))
    expect(confirmed).toMatchObject({ status: 'confermata', holdUntil: null })
    expect((await confirmGuestEmail(payload, booking.id, new Date(now.getTime() + 3_600_000))).status).toBe('confermata')
    expect((await bookingByCode(payload, booking.code.toLowerCase()))?.id).toBe(booking.id)
    const events = await payload.find({ collection: 'booking-events', where: { booking: { equals: booking.id } }, depth: 0, overrideAccess: true })
    expect(events.docs.map((e) => e.kind).sort()).toEqual(['email-confermata', 'prenotata'])
  })
})

describe('what cannot be booked', () => {
  it('refuses holidays, the patron’s day, closures, past slots, slots beyond the horizon and times that are not slots', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'chiuso', { horizonDays: 30, hours: ['1', '2', '3', '4', '5', '6', '7'].map((weekday) => ({ weekday, from: '09:00', to: '12:00' })) as never, closures: [{ from: '2027-03-10T12:00:00.000Z', to: '2027-03-11T12:00:00.000Z', reason: 'Inventario' }] })
    const code = (startsAt: Date) => refusal(bookSlot(payload, request(calendar.id, startsAt, guest(20)), now))
    expect(await code(at('2027-03-10', '09:00'))).toBe('not-bookable') // closure
    expect(await code(at('2027-03-29', '09:00'))).toBe('not-bookable') // Easter Monday 2027
    expect(await code(at('2027-04-05', '09:00'))).toBe('not-bookable') // beyond 30 days
    expect(await code(at('2027-03-01', '08:40'))).toBe('not-bookable') // not a slot
    expect(await code(at('2027-03-01', '09:00'))).toBe('not-bookable') // now, so past
    expect(await code(at('2027-03-02', '09:05'))).toBe('not-bookable') // not on the grid
    // Bad data is refused, never a 500: by the core's checks or by Payload's own (its email check refuses '..').
    for (const email of ['mario@rossi', 'mario..rossi@example.org', 'a@b.c']) {
      expect(await refusal(bookSlot(payload, request(calendar.id, at('2027-03-02', '09:00'), { ...guest(30), email }), now))).toBe('invalid')
    }
    const month = await monthAvailability(payload, calendar.id, '2027-03', now)
    expect(month.find((d) => d.day === '2027-03-10')).toMatchObject({ open: false, closedBecause: 'Chiusura: Inventario' })
    expect(month.find((d) => d.day === '2027-03-29')).toMatchObject({ open: false, closedBecause: 'Festività nazionale: Lunedì dell’Angelo' })
    expect(month.find((d) => d.day === '2027-03-02')).toMatchObject({ open: true, free: 9 })
    expect(month.find((d) => d.day === '2027-03-01')).toMatchObject({ open: true, free: 8 })
  })

  it('cancels with a message the future bookings on a day closed later', async () => {
    const { calendar } = await createAppointmentFixtures(payload, 'chiusura')
    const kept = await bookSlot(payload, request(calendar.id, at('2027-03-08', '09:00'), guest(21)), now)
    const hit = await bookSlot(payload, request(calendar.id, at('2027-03-09', '09:00'), guest(22)), now)
    await confirmGuestEmail(payload, hit.booking.id, now)
    await payload.update({ collection: 'calendars', id: calendar.id, data: { closures: [{ from: '2027-03-09T00:00:00.000Z', to: '2027-03-09T00:00:00.000Z', reason: 'Disinfestazione' }] }, overrideAccess: true })
    expect(await cancelForClosures(payload, calendar.id, now)).toBe(1)
    expect((await readBooking(payload, hit.booking.id))?.status).toBe('annullata')
    expect((await readBooking(payload, kept.booking.id))?.status).toBe('da-confermare')
    const events = await payload.find({ collection: 'booking-events', where: { and: [{ booking: { equals: hit.booking.id } }, { kind: { equals: 'annullata' } }] }, depth: 0, overrideAccess: true })
    expect(events.docs[0]).toMatchObject({ actorType: 'sistema' })
    expect(events.docs[0]?.message).toContain('Disinfestazione')
    expect(await cancelForClosures(payload, calendar.id, now)).toBe(0)
  })
})

describe('signed links', () => {
  it('opens one booking for one purpose until it expires', () => {
    const until = new Date('2027-03-02T09:00:00Z')
    const url = new URL(bookingLink(payload, 42, 'gestisci', until))
    expect(url.pathname).toBe('/prenotazione-appuntamento/gestisci/')
    const token = url.searchParams.get('t')!
    expect(verifyBookingLink(payload, token, 'gestisci', now)).toBe(42)
    expect(verifyBookingLink(payload, token, 'conferma-email', now)).toBeNull()
    expect(verifyBookingLink(payload, token, 'gestisci', new Date(until.getTime() + 1000))).toBeNull()
    expect(verifyBookingLink(payload, token.replace(/^42\./, '43.'), 'gestisci', now)).toBeNull()
    expect(verifyBookingLink(payload, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, 'gestisci', now)).toBeNull()
  })
})
