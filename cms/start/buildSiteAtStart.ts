import type { Payload } from 'payload'

import { publishSite } from '../publishing/publishSite'
import { closeRenderer } from '../publishing/render/renderSite'
import { siteFolders } from '../publishing/siteFolders'
import type { CmsSettings } from '../settings/cmsSettings'

/** Whether `npm start` builds the site: always, unless SPORTELLO_SKIP_SITE_BUILD=1 and a build is live. */
export function siteBuildNeeded({ skipSiteBuild, siteOut }: Pick<CmsSettings, 'skipSiteBuild' | 'siteOut'>): boolean {
  return !skipSiteBuild || !siteFolders(siteOut).liveBuildId()
}

/** `npm start`: builds and publishes the site; a failure keeps the previous build live, or stops when there is none. */
export async function buildSiteAtStart(payload: Payload, siteOut: string): Promise<void> {
  const build = await publishSite(payload, { outDir: siteOut, reason: 'avvio di Sportello' })
  // The publisher renders from here on; this process lets the compiled site and the content go.
  await closeRenderer()
  if (build.status === 'succeeded') {
    console.log(`  ${build.pages} pagine in ${((build.durationMs ?? 0) / 1000).toFixed(1)} s`)
    return
  }
  console.error(`  Costruzione non riuscita:\n${build.error}`)
  if (!siteFolders(siteOut).liveBuildId()) process.exit(1)
  console.error('  Resta in linea la versione precedente del sito.')
}
