import type { Payload } from 'payload'

import type { Actor } from '../../cms/appointments/book'
import type { BookingRequest, Day, Id } from '../../cms/appointments/contract'
import { bookingLinkToken, type BookingLinkPurpose } from '../../cms/appointments/links'
import { appointmentStore } from './appointments'

/** Why a signed link was made: to manage a booking or to confirm a guest's email. */
export type LinkPurpose = BookingLinkPurpose

/**
 * The appointments store (api/data/appointments.ts) as the booking pages use it, plus the signed
 * links they put in their own addresses (the confirmation after booking, the manage page after a move).
 */
export function bookingEngineStore(payload: Payload) {
  const store = appointmentStore(payload)
  return {
    calendars: () => store.calendars({}),
    month: (calendarId: Id, month: string, now?: Date) => store.month(calendarId, month, now),
    slots: (calendarId: Id, day: Day, now?: Date) => store.day(calendarId, day, now),
    book: (request: BookingRequest, now?: Date) => store.book(request, now),
    confirmEmail: (bookingId: Id, now?: Date) => store.confirmEmail(bookingId, now),
    move: (bookingId: Id, startsAt: Date, actor: Actor, now?: Date) => store.move(bookingId, startsAt, actor, null, now),
    cancel: (bookingId: Id, actor: Actor, now?: Date) => store.cancel(bookingId, actor, null, now),
    read: (bookingId: Id) => store.read(bookingId),
    ofCitizen: (citizenId: Id) => store.ofCitizen(citizenId),
    /** The token of a signed link (the `t` of its query), valid until `expiresAt` (the appointment's end for 'gestisci'). */
    token: (bookingId: Id, purpose: LinkPurpose, expiresAt?: Date | null): string => bookingLinkToken(payload, bookingId, purpose, expiresAt),
    verify: (token: string, purpose: LinkPurpose) => store.verifyLink(token, purpose),
  }
}

export type BookingEngineStore = ReturnType<typeof bookingEngineStore>
