/** How many events one page of the list shows; "Carica altri eventi" brings the next as many. */
export const eventsPerPage = 6

/** Page n of the events to come, soonest first: /eventi/ is the first. */
export function upcomingEventsPath(n: number): string {
  return n <= 1 ? '/eventi/' : `/eventi/prossimi/${n}/`
}

/** Page n of the past events, numbered from the OLDEST: /eventi/passati/1/ holds the first six that ever ended. */
export function pastEventsPath(n: number): string {
  return `/eventi/passati/${n}/`
}
