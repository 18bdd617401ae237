import type { Payload } from 'payload'

import { bookSlot, cancelBooking, citizenBookings, confirmGuestEmail, moveBooking, readBooking, type Actor } from '../../cms/appointments/book'
import type { BookingRequest, Day, Id } from '../../cms/appointments/contract'
import { bookingLink, verifyBookingLink } from '../../cms/appointments/links'
import { bookableCalendars, daySlots, monthAvailability } from '../../cms/appointments/slots'

/** Why a signed link was made: to manage a booking or to confirm a guest's email. */
export type LinkPurpose = 'gestisci' | 'conferma-email'

/**
 * The appointments engine (cms/appointments/) as the booking pages use it: slots, bookings and signed
 * links over one Payload instance. Every write is the engine's own unit of work.
 */
export function bookingEngineStore(payload: Payload) {
  return {
    calendars: (filter: { serviceId?: Id; officeId?: Id } = {}) => bookableCalendars(payload, filter),
    month: (calendarId: Id, month: string, now?: Date) => monthAvailability(payload, calendarId, month, now),
    slots: (calendarId: Id, day: Day, now?: Date) => daySlots(payload, calendarId, day, now),
    book: (request: BookingRequest, now?: Date) => bookSlot(payload, request, now),
    confirmEmail: (bookingId: Id, now?: Date) => confirmGuestEmail(payload, bookingId, now),
    move: (bookingId: Id, startsAt: Date, actor: Actor, now?: Date) => moveBooking(payload, bookingId, startsAt, actor, null, now),
    cancel: (bookingId: Id, actor: Actor, now?: Date) => cancelBooking(payload, bookingId, actor, null, now),
    read: (bookingId: Id) => readBooking(payload, bookingId),
    ofCitizen: (citizenId: Id) => citizenBookings(payload, citizenId),
    /** The token of a signed link (the `t` of its query), valid until `expiresAt` (the appointment's end for 'gestisci'). */
    token(bookingId: Id, purpose: LinkPurpose, expiresAt?: Date | null): string {
      return new URL(bookingLink(payload, bookingId, purpose, expiresAt)).searchParams.get('t') ?? ''
    },
    verify: (token: string, purpose: LinkPurpose) => verifyBookingLink(payload, token, purpose),
  }
}

export type BookingEngineStore = ReturnType<typeof bookingEngineStore>
