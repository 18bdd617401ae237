import type { CollectionEntry } from 'astro:content'
import { getEntry } from './store'

import type { IcsEvent } from './eventToIcs'

/** What the calendar files say about a published event: its place (name, address, coordinates) and its page on the site. */
export async function eventEntryToIcsEvent({ id, data }: Pick<CollectionEntry<'events'>, 'id' | 'data'>, site: URL): Promise<IcsEvent> {
  const place = data.place ? await getEntry('places', data.place.slug) : undefined
  const address = place?.data.address ?? data.address
  const location = [place?.data.title, address].filter(Boolean).join(', ')
  const { latitude, longitude } = place?.data ?? {}
  return {
    slug: id, title: data.title, summary: data.summary, start: data.startDate, end: data.endDate, location: location || undefined,
    ...(latitude !== undefined && longitude !== undefined && { geo: { lat: latitude, lon: longitude } }),
    url: new URL(`/eventi/${id}/`, site).href,
    stamp: data.updatedAt,
  }
}
