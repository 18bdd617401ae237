import { createEvent } from 'ics'

import { foldIcsLines } from '../../cms/format/icsLines'

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
  return foldIcsLines(value)
}
