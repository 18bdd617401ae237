import type { APIRoute, GetStaticPaths } from 'astro'

import crest from '../../public/favicon.svg?raw'
import { appIcons, type AppIcon } from '../../lib/appIcons'
import { crestToPng } from '../../lib/crestToPng'

/** Every icon of the installed app, drawn at build time from the crest, so a new crest needs no other change. */
export const getStaticPaths = (() => appIcons.map((icon) => ({ params: { name: icon.file.replace(/\.png$/, '') }, props: { icon } }))) satisfies GetStaticPaths

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) =>
  new Response(new Uint8Array(await crestToPng(crest, props.icon)), { headers: { 'Content-Type': 'image/png' } })
