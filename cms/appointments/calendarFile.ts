import { createEvent, type EventAttributes } from 'ics'

import { foldIcsLines } from '../format/icsLines'
import type { BookingView } from './contract'

/** What a calendar file says besides the booking: a new or updated event, or its cancellation. */
export type CalendarFileOptions = {
  /** REQUEST and CANCEL for the emails; PUBLISH for the file the citizen downloads. */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH'
  /** Grows with every change of the booking, so the citizen's calendar replaces the event it has. */
  sequence: number
  /** The portal's host name: the event's UID is the booking's id at this host, the same for every file about it. */
  host: string
  organizer?: { name: string; email: string }
  manageUrl?: string | null
}

/** The one event a booking is in every calendar it reaches: a move updates it, a cancellation removes it. */
export const bookingToEventUid = (bookingId: BookingView['id'], host: string): string => `prenotazione-${bookingId}@${host}`

/** The appointment as an iCalendar file (RFC 5545, times in UTC so they hold on both sides of the daylight-saving change). */
export function bookingToIcs(booking: BookingView, { method, sequence, host, organizer, manageUrl }: CalendarFileOptions): string {
  const where = [booking.office.title, booking.office.address].filter(Boolean).join(', ')
  const what = booking.service?.title ?? booking.reason ?? booking.calendar.name
  const email = booking.applicant.email
  const event: EventAttributes = {
    productId: '-//Comune di Brindisi//Sportello telematico//IT',
    method,
    uid: bookingToEventUid(booking.id, host),
    sequence,
    start: booking.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: booking.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `Appuntamento: ${what} — ${booking.office.title}`,
    description: [`Codice della prenotazione: ${booking.code}`, manageUrl ? `Per spostarlo o annullarlo: ${manageUrl}` : ''].filter(Boolean).join('\n'),
    location: where,
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    ...(organizer ? { organizer } : {}),
    ...(email ? { attendees: [{ name: `${booking.applicant.givenName} ${booking.applicant.familyName}`, email, rsvp: false, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }] } : {}),
    ...(manageUrl && method !== 'CANCEL' ? { url: manageUrl } : {}),
  }
  const { error, value } = createEvent(event)
  if (error || !value) throw new Error(`Calendario non generato: ${error?.message ?? 'vuoto'}`)
  return foldIcsLines(value)
}
