import { createEvent } from 'ics'

/** What a calendar file says about a public event. */
export type IcsEvent = {
  /** The event's slug: with the host, the UID that stays the same in every download, so calendars update it. */
  slug: string
  title: string
  summary: string
  start: Date
  /** Without an end the event lasts one hour, as calendars expect a duration. */
  end?: Date
  location?: string
  url: string
}

/** One content line folded at 75 octets (RFC 5545 §3.1), never inside a character: the ics package counts characters, and ’ or à take more. */
function foldOctets(line: string): string {
  const parts: string[] = []
  let part = ''
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char)
    if (octets + size > 75) {
      parts.push(part)
      ;[part, octets] = ['', 1]
    }
    part += char
    octets += size
  }
  parts.push(part)
  return parts.join('\r\n ')
}

/** An event of the agenda as an iCalendar file (RFC 5545, PUBLISH, times in UTC so they hold across the daylight-saving change). */
export function eventToIcs(event: IcsEvent): string {
  const host = new URL(event.url).host
  const end = event.end && event.end > event.start ? event.end : new Date(event.start.getTime() + 60 * 60_000)
  const { error, value } = createEvent({
    productId: '-//Comune di Brindisi//Sportello telematico//IT',
    method: 'PUBLISH',
    uid: `evento-${event.slug}@${host}`,
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: `${event.summary}\n\n${event.url}`,
    ...(event.location ? { location: event.location } : {}),
    url: event.url,
    status: 'CONFIRMED',
    busyStatus: 'FREE',
  })
  if (error || !value) throw new Error(`Calendario dell’evento ${event.slug} non generato: ${error?.message ?? 'vuoto'}`)
  return value.replace(/\r\n[ \t]/g, '').split('\r\n').map(foldOctets).join('\r\n')
}
