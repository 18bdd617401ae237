import { describe, expect, it } from 'vitest'

import { eventsToIcs, eventToIcs } from './eventToIcs'

const event = {
  slug: 'accensione-albero',
  title: 'Accensione dell’albero di Natale in città',
  summary: 'La festa in piazza con la banda, i cori delle scuole e l’accensione delle luci: un pomeriggio per tutti.',
  start: new Date('2026-12-07T18:00:00+01:00'),
  end: new Date('2026-12-07T20:00:00+01:00'),
  location: 'Piazza Vittoria, 72100 Brindisi',
  url: 'https://sportello.comune.brindisi.it/eventi/accensione-albero/',
}

const unfold = (ics: string) => ics.replace(/\r\n /g, '')

describe('eventToIcs', () => {
  it('writes one VEVENT with the event’s times in UTC, place, page and a stable UID', () => {
    const ics = unfold(eventToIcs(event))
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(ics).toContain('METHOD:PUBLISH')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(ics).toContain('DTSTART:20261207T170000Z')
    expect(ics).toContain('DTEND:20261207T190000Z')
    expect(ics).toContain('SUMMARY:Accensione dell’albero di Natale in città')
    expect(ics).toContain('LOCATION:Piazza Vittoria\\, 72100 Brindisi')
    expect(ics).toContain('URL:https://sportello.comune.brindisi.it/eventi/accensione-albero/')
    expect(ics).toContain('UID:evento-accensione-albero@sportello.comune.brindisi.it')
  })

  it('folds lines at 75 octets, never inside a character', () => {
    for (const line of eventToIcs(event).split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
  })

  it('gives an event without an end one hour', () => {
    const ics = unfold(eventToIcs({ ...event, end: undefined }))
    expect(ics).toContain('DTEND:20261207T180000Z')
  })

  it('puts the place’s coordinates in GEO when known', () => {
    expect(unfold(eventToIcs({ ...event, geo: { lat: 40.6383, lon: 17.9423 } }))).toContain('GEO:40.6383;17.9423')
  })
})

describe('eventsToIcs', () => {
  const other = { ...event, slug: 'concerto', title: 'Concerto in piazza', start: new Date('2026-07-10T21:00:00+02:00'), end: undefined, url: 'https://sportello.comune.brindisi.it/eventi/concerto/' }

  it('writes one named calendar with a VEVENT per event, each with the UID of its own file', () => {
    const ics = unfold(eventsToIcs([event, other], 'Eventi — Comune di Brindisi'))
    expect(ics.match(/BEGIN:VCALENDAR/g)).toHaveLength(1)
    expect(ics).toContain('X-WR-CALNAME:Eventi — Comune di Brindisi')
    expect(ics).toContain('METHOD:PUBLISH')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(ics).toContain('UID:evento-accensione-albero@sportello.comune.brindisi.it')
    expect(ics).toContain('UID:evento-concerto@sportello.comune.brindisi.it')
    expect(ics).toContain('DTSTART:20260710T190000Z')
    for (const line of eventsToIcs([event, other], 'Eventi — Comune di Brindisi').split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
  })

  it('writes a valid empty calendar when there is no event', () => {
    const ics = eventsToIcs([], 'Eventi')
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/)
    expect(ics).not.toContain('BEGIN:VEVENT')
  })
})
