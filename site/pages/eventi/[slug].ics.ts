import type { APIRoute, GetStaticPaths } from 'astro'
import { eventEntryToIcsEvent } from '../../lib/eventEntryToIcsEvent'
import { eventToIcs } from '../../lib/eventToIcs'
import { routeParams, staticPathsOf } from '../../lib/sitePaths'
import { getEntry } from '../../lib/store'

/** /eventi/<slug>.ics: the event as a calendar file, offered on its page ("Aggiungi al calendario"). */
export const getStaticPaths = (() => staticPathsOf(routeParams.events())) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, site, url }) => {
  const event = await getEntry('events', params.slug!)
  if (!event) return new Response(null, { status: 404 })
  const ics = eventToIcs(await eventEntryToIcsEvent(event, site ?? url))
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
