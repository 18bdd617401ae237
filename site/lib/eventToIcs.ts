import { createEvent, createEvents, type EventAttributes } from 'ics'

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
  /** Coordinates of the place, when known: calendars show it on a map (GEO). */
  geo?: { lat: number; lon: number }
  url: string
  /**
   * DTSTAMP: the event's last update. Without it the library stamps the current instant, and two builds of the same
   * content would differ (the publisher compares them byte for byte).
   */
  stamp?: Date
}

const productId = '-//Comune di Brindisi//Sportello telematico//IT'

/** One VEVENT's attributes: times in UTC so they hold across the daylight-saving change. */
function eventToAttributes(event: IcsEvent): EventAttributes {
  const host = new URL(event.url).host
  const end = event.end && event.end > event.start ? event.end : new Date(event.start.getTime() + 60 * 60_000)
  return {
    uid: `evento-${event.slug}@${host}`,
    ...(event.stamp && { timestamp: event.stamp.getTime() }),
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: `${event.summary}\n\n${event.url}`,
    ...(event.location ? { location: event.location } : {}),
    ...(event.geo ? { geo: event.geo } : {}),
    url: event.url,
    status: 'CONFIRMED',
    busyStatus: 'FREE',
  }
}

/** An event of the agenda as an iCalendar file (RFC 5545, PUBLISH). */
export function eventToIcs(event: IcsEvent): string {
  const { error, value } = createEvent({ productId, method: 'PUBLISH', ...eventToAttributes(event) })
  if (error || !value) throw new Error(`Calendario dell’evento ${event.slug} non generato: ${error?.message ?? 'vuoto'}`)
  return foldIcsLines(value)
}

/** Every event of the agenda as one subscribable calendar (RFC 5545, PUBLISH), named for calendar apps. */
export function eventsToIcs(events: IcsEvent[], calendarName: string): string {
  const { error, value } = createEvents(events.map(eventToAttributes), { productId, method: 'PUBLISH', calName: calendarName })
  if (error || value == null) throw new Error(`Calendario degli eventi non generato: ${error?.message ?? 'vuoto'}`)
  return foldIcsLines(value)
}
