/** How many events one page of the list shows; "Carica altri eventi" brings the next as many. */
export const eventsPerPage = 6

/** URL of page n (1-based) of the events list. */
export function eventListPath(n: number): string {
  return n <= 1 ? '/eventi/' : `/eventi/pagina/${n}/`
}
