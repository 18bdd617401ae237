import type { APIRoute, GetStaticPaths } from 'astro'

import crest from '../../public/favicon.svg?raw'
import { appIcons } from '../../lib/appIcons'
import { crestToPng } from '../../lib/crestToPng'
import { routeParams, staticPathsOf } from '../../lib/sitePaths'

/** Every icon of the installed app, drawn at build time from the crest, so a new crest needs no other change. */
export const getStaticPaths = (() => staticPathsOf(routeParams.appIcons())) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const icon = appIcons.find((i) => i.file === `${params.name}.png`)
  if (!icon) return new Response(null, { status: 404 })
  return new Response(new Uint8Array(await crestToPng(crest, icon)), { headers: { 'Content-Type': 'image/png' } })
}
