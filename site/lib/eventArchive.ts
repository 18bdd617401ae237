import type { CollectionEntry } from 'astro:content'

import { eventsPerPage, pastEventsPath, upcomingEventsPath } from '../components/EventList/eventListPath'
import { eventsByTime } from './content'

/**
 * The events list reads: the events to come, soonest first (/eventi/, then /eventi/prossimi/2/, …), then the past ones,
 * most recent first. The past events grow with the archive, so their pages are numbered from the OLDEST
 * (/eventi/passati/1/ …): page n always holds the same events, and an event that ends or is published in the past
 * changes only the newest past page(s). The events to come are few by nature (the calendar ahead), so their pages may
 * shift. Each page links only to its neighbours in reading order, never to every page, so no page shows the archive's
 * size; "Carica altri eventi" leads to the next page.
 */
export type EventListPage = {
  kind: 'upcoming' | 'past'
  /** 1-based page number within its kind. */
  number: number
  events: CollectionEntry<'events'>[]
  /** Ids of the events already over, marked on their card. */
  past: Set<string>
  /** The page before in reading order. */
  previous?: string
  /** The page after in reading order: the target of "Carica altri eventi". */
  next?: string
}

const pageCount = (count: number) => Math.ceil(count / eventsPerPage)

/** The page numbers of each kind that exist: the events to come always have /eventi/, even when none is planned. */
export async function eventPageNumbers(): Promise<{ upcoming: number[]; past: number[] }> {
  const { upcoming, past } = await eventsByTime()
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1)
  return { upcoming: range(Math.max(1, pageCount(upcoming.length))), past: range(pageCount(past.length)) }
}

/**
 * Page `param` ("2") of a kind, from the route's params (undefined: the first page of the events to come, /eventi/);
 * undefined when there is no such page (the route answers 404). Only the canonical form of an existing number is a
 * page, and the first page of the events to come is /eventi/ only.
 */
export async function eventListPage(kind: 'upcoming' | 'past', param?: string): Promise<EventListPage | undefined> {
  const { upcoming, past } = await eventsByTime()
  const lastUpcoming = Math.max(1, pageCount(upcoming.length))
  const lastPast = pageCount(past.length)
  const pastIds = new Set(past.map((e) => e.id))
  const n = param === undefined ? 1 : Number(param)
  if (param !== undefined && (!Number.isInteger(n) || String(n) !== param)) return undefined
  if (kind === 'upcoming') {
    if (n < 1 || n > lastUpcoming || (n === 1 && param !== undefined)) return undefined
    return {
      kind, number: n, past: pastIds,
      events: upcoming.slice((n - 1) * eventsPerPage, n * eventsPerPage),
      previous: n > 1 ? upcomingEventsPath(n - 1) : undefined,
      next: n < lastUpcoming ? upcomingEventsPath(n + 1) : lastPast > 0 ? pastEventsPath(lastPast) : undefined,
    }
  }
  if (n < 1 || n > lastPast) return undefined
  const oldestFirst = [...past].reverse()
  return {
    kind, number: n, past: pastIds,
    events: oldestFirst.slice((n - 1) * eventsPerPage, n * eventsPerPage).reverse(),
    previous: n < lastPast ? pastEventsPath(n + 1) : upcomingEventsPath(lastUpcoming),
    next: n > 1 ? pastEventsPath(n - 1) : undefined,
  }
}
