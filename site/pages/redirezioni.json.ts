import type { APIRoute } from 'astro'

import { payloadClient } from '../loaders/payloadClient'

/**
 * The site's redirects (old address → new address), published with the build they belong to;
 * the public server answers them with a 301.
 */
export const GET: APIRoute = async () => {
  const payload = await payloadClient()
  const { docs } = await payload.find({ collection: 'redirects', overrideAccess: false, depth: 0, limit: 0, pagination: false, sort: 'from' })
  return new Response(JSON.stringify(Object.fromEntries(docs.map((r) => [r.from, r.to]))), { headers: { 'Content-Type': 'application/json' } })
}
