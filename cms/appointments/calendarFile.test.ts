import { describe, expect, it } from 'vitest'

import { parseIcs } from '../testing/parseIcs'
import { bookingToIcs, type CalendarFileOptions } from './calendarFile'
import type { BookingView } from './contract'

const booking = (startsAt: string, minutes = 20): BookingView => ({
  id: 42,
  code: 'BR-7K2M9QXA',
  status: 'confermata',
  startsAt: new Date(startsAt),
  endsAt: new Date(new Date(startsAt).getTime() + minutes * 60_000),
  calendar: { id: 3, name: 'Sportello anagrafe' },
  office: { id: 5, title: 'Ufficio Anagrafe', address: 'Piazza Matteotti 1, Brindisi' },
  service: { id: 9, title: 'Carta d’identità elettronica' },
  applicant: { givenName: 'Giovanna', familyName: 'Caputo', email: 'giovanna@example.it' },
  channel: 'online',
  changeableUntil: null,
})
const options: CalendarFileOptions = { method: 'REQUEST', sequence: 1, host: 'www.comune.brindisi.it', organizer: { name: 'Comune di Brindisi', email: 'noreply@comune.brindisi.it' }, manageUrl: 'http://localhost:3000/prenotazione-appuntamento/gestisci/?t=42.g.x.y' }

describe('the appointment’s calendar file', () => {
  it('starts at the booked minute in winter and in summer time (09:20 in Rome both times)', () => {
    const winter = parseIcs(bookingToIcs(booking('2026-12-03T08:20:00Z'), options))
    expect(winter.event).toMatchObject({ DTSTART: '20261203T082000Z', DTEND: '20261203T084000Z' })
    const summer = parseIcs(bookingToIcs(booking('2026-07-02T07:20:00Z'), options))
    expect(summer.event).toMatchObject({ DTSTART: '20260702T072000Z', DTEND: '20260702T074000Z' })
    // The Sunday the clocks go back: 09:00 in Rome is 08:00 UTC again.
    expect(parseIcs(bookingToIcs(booking('2026-10-25T08:00:00Z'), options)).event.DTSTART).toBe('20261025T080000Z')
  })

  it('is one event with a stable UID: a move sends the same UID with a higher SEQUENCE', () => {
    const first = parseIcs(bookingToIcs(booking('2026-12-03T08:20:00Z'), { ...options, sequence: 1 }))
    const moved = parseIcs(bookingToIcs(booking('2026-12-04T10:00:00Z'), { ...options, sequence: 2 }))
    expect(first.events).toBe(1)
    expect(first.calendar).toMatchObject({ VERSION: '2.0', METHOD: 'REQUEST' })
    expect(first.event).toMatchObject({ UID: 'prenotazione-42@www.comune.brindisi.it', SEQUENCE: '1', STATUS: 'CONFIRMED', LOCATION: 'Ufficio Anagrafe\\, Piazza Matteotti 1\\, Brindisi' })
    expect(first.event.ORGANIZER?.toLowerCase()).toBe('mailto:noreply@comune.brindisi.it')
    expect(first.event.SUMMARY).toBe('Appuntamento: Carta d’identità elettronica — Ufficio Anagrafe')
    expect(first.event.DESCRIPTION).toContain('BR-7K2M9QXA')
    expect(moved.event).toMatchObject({ UID: first.event.UID, SEQUENCE: '2', DTSTART: '20261204T100000Z' })
  })

  it('cancels the same event with METHOD:CANCEL', () => {
    const cancelled = parseIcs(bookingToIcs({ ...booking('2026-12-03T08:20:00Z'), status: 'annullata' }, { ...options, method: 'CANCEL', sequence: 3, manageUrl: null }))
    expect(cancelled.calendar.METHOD).toBe('CANCEL')
    expect(cancelled.event).toMatchObject({ UID: 'prenotazione-42@www.comune.brindisi.it', SEQUENCE: '3', STATUS: 'CANCELLED' })
    expect(cancelled.event.URL).toBeUndefined()
  })

  it('folds long lines at 75 octets without cutting an accented letter in two', () => {
    const title = 'Cambio di residenza — dichiarazione d’ospitalità e sì perché è così: àèìòù àèìòù àèìòù'
    const ics = bookingToIcs({ ...booking('2026-12-03T08:20:00Z'), service: { id: 9, title } }, options)
    expect(ics).not.toContain('\uFFFD')
    expect(parseIcs(ics).event.SUMMARY).toBe(`Appuntamento: ${title} — Ufficio Anagrafe`)
  })
})
