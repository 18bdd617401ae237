import type { Payload } from 'payload'

import { bookingByCode, bookSlot, cancelBooking, citizenBookings, confirmGuestEmail, moveBooking, readBooking, type Actor } from '../../cms/appointments/book'
import type { BookingRequest, Day, Id } from '../../cms/appointments/contract'
import { verifyBookingLink, type BookingLinkPurpose } from '../../cms/appointments/links'
import { bookableCalendars, calendarContext, daySlots, lastBookableDay, monthAvailability, monthSlots } from '../../cms/appointments/slots'

/**
 * The appointments of the public server: the core (cms/appointments/) over this Payload instance.
 * Every write goes through the core, which lets the database's unique indexes decide capacity,
 * quota and idempotency, and records each change in the bookings' trail.
 */
export function appointmentStore(payload: Payload) {
  /** A service or office given by id or slug, as its id (null when no such one; undefined when not given). */
  async function idOf(collection: 'services' | 'offices', ref: number | string | undefined): Promise<Id | null | undefined> {
    if (ref === undefined) return undefined
    if (typeof ref === 'number') return ref
    const found = await payload.find({ collection, where: { slug: { equals: ref } }, depth: 0, limit: 1, select: {}, overrideAccess: true })
    return found.docs[0]?.id ?? null
  }
  return {
    async calendars(filter: { service?: number | string; office?: number | string }) {
      const [serviceId, officeId] = await Promise.all([idOf('services', filter.service), idOf('offices', filter.office)])
      if (serviceId === null || officeId === null) return []
      return bookableCalendars(payload, { serviceId: serviceId ?? undefined, officeId: officeId ?? undefined })
    },
    /** The last day a calendar takes bookings for (refused 'not-found' when there is no such calendar). */
    lastDay: async (calendarId: Id, now: Date = new Date()) => lastBookableDay((await calendarContext(payload, calendarId)).calendar, now),
    month: (calendarId: Id, month: string, now?: Date) => monthAvailability(payload, calendarId, month, now),
    monthSlots: (calendarId: Id, month: string, now?: Date) => monthSlots(payload, calendarId, month, now),
    day: (calendarId: Id, day: Day, now?: Date) => daySlots(payload, calendarId, day, now),
    book: (request: BookingRequest, now?: Date) => bookSlot(payload, request, now),
    confirmEmail: (bookingId: Id, now?: Date) => confirmGuestEmail(payload, bookingId, now),
    move: (bookingId: Id, startsAt: Date, actor: Actor, message?: string | null, now?: Date) => moveBooking(payload, bookingId, startsAt, actor, message, now),
    cancel: (bookingId: Id, actor: Actor, message?: string | null, now?: Date) => cancelBooking(payload, bookingId, actor, message, now),
    read: (bookingId: Id, now?: Date) => readBooking(payload, bookingId, now),
    byCode: (code: string) => bookingByCode(payload, code),
    ofCitizen: (citizenId: Id, now?: Date) => citizenBookings(payload, citizenId, now),
    verifyLink: (token: string, purpose: BookingLinkPurpose, now?: Date) => verifyBookingLink(payload, token, purpose, now),
  }
}

export type AppointmentStore = ReturnType<typeof appointmentStore>
