import { APIError, type Endpoint } from 'payload'

import { canEditContent } from '../access/canEditContent'
import { requestSiteRebuild } from './rebuildQueue'

/**
 * POST /api/site-builds/ricostruisci: staff who publish content (editors, admins) ask for a full rebuild, every page
 * rendered again — after a change the records cannot see, or to check the site from scratch. Queued like any
 * publication (one build at a time; the live site stays until it succeeds).
 */
export const fullRebuildEndpoint: Endpoint = {
  path: '/ricostruisci',
  method: 'post',
  handler: async (req) => {
    // The same rule as writing public content: editors and admins.
    if (canEditContent({ req } as Parameters<typeof canEditContent>[0]) !== true) throw new APIError('Solo chi pubblica i contenuti può chiedere la ricostruzione del sito.', 403)
    await requestSiteRebuild(req, 'ricostruzione completa richiesta dalla redazione', { full: true })
    return Response.json({ message: 'Ricostruzione completa in coda: il sito resta quello attuale finché non è pronta.' }, { status: 202 })
  },
}
