import type { Endpoint } from 'payload'

import { refusal } from '../endpoints/namedAction'
import { practiceDossierPdf } from './dossierPdf'
import { readPracticeAs } from './readPractice'

/**
 * GET /api/practices/:id/fascicolo.pdf: the dossier of an application, for whoever may read it in
 * the admin (its office's operators, admins). Anyone else learns nothing, not even that it exists.
 */
export const practiceDossierEndpoint: Endpoint = {
  path: '/:id/fascicolo.pdf',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refusal(401, 'Accedi come operatore per scaricare il fascicolo.')
    const id = String(req.routeParams?.id ?? '')
    const reading = /^\d+$/.test(id) ? await readPracticeAs(req.payload, req.user, id) : null
    if (!reading) return refusal(404, 'Pratica non trovata.')
    const name = `fascicolo-${(reading.practice.protocolNumber ?? `pratica-${reading.practice.id}`).replace('/', '-')}.pdf`
    return new Response(Buffer.from(await practiceDossierPdf(reading)), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
