import type { CollectionEntry } from 'astro:content'

import { eventListPath, eventsPerPage } from '../components/EventList/eventListPath'
import { eventsByTime } from './content'

/**
 * The events list, laid out so that a publication rewrites a bounded number of pages whatever the archive's size:
 * /eventi/ shows every event still to come (soonest first: the calendar ahead is short by nature), and the past
 * events follow on pages numbered from the OLDEST, so page n always holds the same events. An event that ends moves
 * to the newest past page; publishing one changes /eventi/ or the newest past page, never the older ones. Each page
 * links only to its neighbours, and its "Carica altri eventi" link leads to the next older page.
 */
export type EventListPage = {
  events: CollectionEntry<'events'>[]
  /** Ids of the events already over, marked on their card. */
  past: Set<string>
  /** Past-events page number, or undefined for /eventi/. */
  currentPage?: number
  /** The page of more recent events (the newer past page, or /eventi/). */
  newer?: string
  /** The page of older events: the target of "Carica altri eventi". */
  older?: string
}

/** How many pages the past events fill. */
export async function pastEventPageCount(): Promise<number> {
  return Math.ceil((await eventsByTime()).past.length / eventsPerPage)
}

/**
 * /eventi/ for `param` undefined, else past-events page `param` ("2") from the route's params; undefined when there is
 * no such page (the route answers 404). Only the canonical form of an existing page number is a page.
 */
export async function eventListPage(param?: string): Promise<EventListPage | undefined> {
  const { upcoming, past } = await eventsByTime()
  const last = Math.ceil(past.length / eventsPerPage)
  const pastIds = new Set(past.map((e) => e.id))
  if (param === undefined) return { events: upcoming, past: pastIds, older: last > 0 ? eventListPath(last) : undefined }
  const n = Number(param)
  if (!Number.isInteger(n) || n < 1 || n > last || String(n) !== param) return undefined
  const oldestFirst = [...past].reverse()
  return {
    events: oldestFirst.slice((n - 1) * eventsPerPage, n * eventsPerPage).reverse(),
    past: pastIds,
    currentPage: n,
    newer: eventListPath(n < last ? n + 1 : 0),
    older: n > 1 ? eventListPath(n - 1) : undefined,
  }
}
