import type { APIRoute } from 'astro'

import { eventsByStart, getSettings } from '../../../lib/content'
import { eventEntryToIcsEvent } from '../../../lib/eventEntryToIcsEvent'
import { eventsToIcs } from '../../../lib/eventToIcs'

/**
 * /dati-aperti/v1/eventi.ics: every event of the agenda in one iCalendar feed (RFC 5545) that calendar apps subscribe to;
 * each event keeps the UID of its own .ics file, so adding one and subscribing never makes a double.
 */
export const GET: APIRoute = async ({ site, url }) => {
  const events = await eventsByStart()
  const ics = eventsToIcs(await Promise.all(events.map((e) => eventEntryToIcsEvent(e, site ?? url))), `Eventi — ${(await getSettings()).name}`)
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
