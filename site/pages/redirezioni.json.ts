import type { APIRoute } from 'astro'

import { getCollection } from '../lib/store'

/**
 * The site's redirects (old address → new address), published with the build they belong to;
 * the public server answers them with a 301.
 */
export const GET: APIRoute = async () => {
  const redirects = await getCollection('redirects')
  return new Response(JSON.stringify(Object.fromEntries(redirects.map((r) => [r.id, r.data.to]))), { headers: { 'Content-Type': 'application/json' } })
}
