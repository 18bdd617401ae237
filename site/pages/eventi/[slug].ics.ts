import type { APIRoute, GetStaticPaths } from 'astro'
import { getCollection, getEntry, type CollectionEntry } from 'astro:content'

import { eventToIcs } from '../../lib/eventToIcs'

/** /eventi/<slug>.ics: the event as a calendar file, offered on its page ("Aggiungi al calendario"). */
export const getStaticPaths = (async () => (await getCollection('events')).map((event) => ({ params: { slug: event.id }, props: { event } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props, site, url }) => {
  const { data, id } = (props as { event: CollectionEntry<'events'> }).event
  const place = data.place ? await getEntry('places', data.place.slug) : undefined
  const address = place?.data.address ?? data.address
  const location = [place?.data.title, address].filter(Boolean).join(', ')
  const page = new URL(`/eventi/${id}/`, site ?? url).href
  const ics = eventToIcs({ slug: id, title: data.title, summary: data.summary, start: data.startDate, end: data.endDate, location: location || undefined, url: page })
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
