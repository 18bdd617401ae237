import { createRoute } from '@hono/zod-openapi'

import { requireCitizen, sessionCitizenId as citizenId } from '../auth/citizenSession'
import { appointmentSchemas } from '../contract/appointments'
import { certificateSchemas as s } from '../contract/certificates'
import { errorResponse, jsonResponse, newRouter } from '../openapi'
import { downloadResponse } from '../download'
import { listMyDocuments, myBookingConfirmation, type DocumentDeps } from '../services/documents'

const listRoute = createRoute({
  method: 'get', path: '/me/documenti', tags: ['I miei documenti'], summary: 'I documenti che il Comune mi ha dato, dal più recente', middleware: [requireCitizen] as const,
  responses: { 200: jsonResponse(s.documents, 'Ricevute, certificati, avvisi, conferme e atti finali'), 401: errorResponse('Non autenticato') },
})
const confirmationRoute = createRoute({
  method: 'get', path: '/me/appuntamenti/{id}/conferma.pdf', tags: ['I miei appuntamenti'], summary: 'Conferma di una mia prenotazione (PDF)', middleware: [requireCitizen] as const,
  request: { params: appointmentSchemas.bookingParam },
  responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: s.pdf } } }, 401: errorResponse('Non autenticato'), 404: errorResponse('Non trovata') },
})

/** /api/me/documenti and the booking confirmation PDF: the session citizen's own documents only. */
export function documentRoutes(deps: DocumentDeps) {
  const router = newRouter()
  router.openapi(listRoute, async (c) => c.json({ documents: await listMyDocuments(deps, citizenId(c)) }, 200))
  router.openapi(confirmationRoute, async (c) => {
    const { filename, mime, bytes } = await myBookingConfirmation(deps, citizenId(c), c.req.valid('param').id)
    return downloadResponse(bytes, filename, mime) as never
  })
  return router
}
