import type { APIRoute, GetStaticPaths } from 'astro'
import { getCollection, type CollectionEntry } from 'astro:content'

import { eventEntryToIcsEvent } from '../../lib/eventEntryToIcsEvent'
import { eventToIcs } from '../../lib/eventToIcs'

/** /eventi/<slug>.ics: the event as a calendar file, offered on its page ("Aggiungi al calendario"). */
export const getStaticPaths = (async () => (await getCollection('events')).map((event) => ({ params: { slug: event.id }, props: { event } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props, site, url }) => {
  const { event } = props as { event: CollectionEntry<'events'> }
  const ics = eventToIcs(await eventEntryToIcsEvent(event, site ?? url))
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
