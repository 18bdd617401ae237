/**
 * The appointments core's contract: what the public API, the site's booking pages, the back office
 * and the notifications call. Implemented in this folder (slots.ts, book.ts, links.ts …); every
 * write goes through these functions, never through Payload's REST or a collection update.
 *
 * Times: every instant is a Date (stored as UTC ISO); every day is 'YYYY-MM-DD' and every
 * time of day 'HH:MM' in Europe/Rome.
 */
import type { BookingChannel, BookingStatus } from './vocabulary'

export type Day = string // 'YYYY-MM-DD', Europe/Rome
export type Id = number | string

/** One slot of a calendar: its start and end, places in all and places still free. */
export type Slot = { startsAt: Date; endsAt: Date; day: Day; time: string; capacity: number; free: number }

/** What a day of the month view shows. */
export type DayAvailability = { day: Day; open: boolean; free: number; closedBecause?: string }

/** Who books: a logged-in citizen (identity from SPID/CIE, read-only) or a person who gave name and email. */
export type Applicant =
  | { kind: 'citizen'; citizenId: Id; fiscalCode: string; givenName: string; familyName: string; email?: string | null; phone?: string | null }
  | { kind: 'guest'; givenName: string; familyName: string; email: string; phone?: string | null; fiscalCode?: string | null }

export type BookingRequest = {
  calendarId: Id
  startsAt: Date
  serviceId?: Id | null
  /** Free text up to 200 characters (or the service's title when one was chosen). */
  reason?: string | null
  applicant: Applicant
  channel: BookingChannel
  /** The client's idempotency key (a UUID in the form): the same key returns the same booking. */
  requestKey: string
  /** Staff booking on behalf of a walk-in or a phone call (their user id). */
  staffUserId?: Id | null
}

/** What citizens and staff read of a booking. */
export type BookingView = {
  id: Id
  code: string
  status: BookingStatus
  startsAt: Date
  endsAt: Date
  calendar: { id: Id; name: string }
  office: { id: Id; title: string; slug?: string | null; address?: string | null }
  service?: { id: Id; title: string; slug?: string | null } | null
  reason?: string | null
  applicant: { givenName: string; familyName: string; fiscalCode?: string | null; email?: string | null; phone?: string | null }
  channel: BookingChannel
  /** Until when the citizen may still move or cancel it (calendar's cut-off); null when no longer. */
  changeableUntil: Date | null
  /** Grows with every change: a calendar file's SEQUENCE, so the citizen's calendar keeps one event per booking. */
  version?: number
  /** The logged-in citizen who booked (their desk shows it), or null for a guest or a walk-in. */
  citizenId?: Id | null
  holdUntil?: Date | null
}

/**
 * Refusals carry an Italian message and a code the callers map to HTTP:
 * 'slot-full' 409, 'quota' 409, 'not-bookable' 422 (closed, past, beyond horizon, not a slot),
 * 'cutoff' 409, 'not-found' 404, 'bad-status' 409, 'invalid' 400.
 */
export type BookingRefusalCode = 'slot-full' | 'quota' | 'not-bookable' | 'cutoff' | 'not-found' | 'bad-status' | 'invalid'

/** A change to tell the citizen about (cms/appointments/notify.ts sends it, after the commit). */
export type BookingChange =
  | { kind: 'email-check'; booking: BookingView; confirmUrl: string }
  | { kind: 'confirmed'; booking: BookingView; manageUrl: string }
  | { kind: 'moved'; booking: BookingView; from: Date; manageUrl: string; message?: string | null }
  | { kind: 'cancelled'; booking: BookingView; message?: string | null; by: 'cittadino' | 'operatore' | 'sistema' }
  | { kind: 'reminder'; booking: BookingView; manageUrl: string }
