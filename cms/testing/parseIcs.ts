import { expect } from 'vitest'

/** An iCalendar file's properties (RFC 5545: unfolded lines, parameters dropped), VCALENDAR's and VEVENT's apart. */
export function parseIcs(ics: string): { calendar: Record<string, string>; event: Record<string, string>; events: number } {
  expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)
  expect(lines[0]).toBe('BEGIN:VCALENDAR')
  expect(lines.at(-1)).toBe('END:VCALENDAR')
  const calendar: Record<string, string> = {}
  const event: Record<string, string> = {}
  let inEvent = false
  let events = 0
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') [inEvent, events] = [true, events + 1]
    else if (line === 'END:VEVENT') inEvent = false
    else {
      const colon = line.indexOf(':')
      const name = line.slice(0, colon).split(';')[0]!
      ;(inEvent ? event : calendar)[name] = line.slice(colon + 1)
    }
  }
  return { calendar, event, events }
}
