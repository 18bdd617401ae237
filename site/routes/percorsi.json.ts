import type { APIRoute } from 'astro'

import type { PathsResponse } from '../../cms/constants/liveStore'
import { allSitePaths } from '../lib/sitePaths'

/**
 * /_sportello/percorsi.json: every path of the public site, for the publisher's renderer, which renders them all for a
 * full build and knows from them which files a publication removes. Listed from site/lib/sitePaths.ts, where every
 * dynamic route of the static build takes its params, so the renderer and the static build write the same files. Answered only to the renderer
 * (it calls the bundle in process with this local set); to anyone else the path does not exist. Injected by
 * astro.config.mjs: Astro ignores files under site/pages/ whose name starts with "_".
 */
export const prerender = false

export const GET: APIRoute = async ({ locals }) => {
  if ((locals as { sportelloRenderer?: unknown }).sportelloRenderer !== true) return new Response(null, { status: 404 })
  const body: PathsResponse = { paths: await allSitePaths() }
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } })
}
