/** How many events one page of the past events shows; "Carica altri eventi" brings the next as many. */
export const eventsPerPage = 6

/**
 * URL of a page of the events list: /eventi/ (every event to come) for 0, else page n of the past events, numbered
 * from the oldest (/eventi/pagina/1/ holds the first six that ever ended).
 */
export function eventListPath(n: number): string {
  return n <= 0 ? '/eventi/' : `/eventi/pagina/${n}/`
}
