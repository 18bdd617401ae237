import { createRoute } from '@hono/zod-openapi'

import { requireCitizen, sessionCitizenId as citizenId } from '../auth/citizenSession'
import { myReportSchemas as s } from '../contract/myReports'
import { errorResponse, jsonResponse, newRouter } from '../openapi'
import { listMyAssistance, listMyReports, type MyReportsStore } from '../services/myReports'

const reportsRoute = createRoute({
  method: 'get', path: '/me/segnalazioni', tags: ['Le mie segnalazioni'], summary: 'Le segnalazioni che ho inviato o che seguo', middleware: [requireCitizen] as const,
  responses: { 200: jsonResponse(s.reports, 'Segnalazioni, dall’ultimo aggiornamento'), 401: errorResponse('Non autenticato') },
})
const assistanceRoute = createRoute({
  method: 'get', path: '/me/assistenza', tags: ['Le mie richieste di assistenza'], summary: 'Le mie richieste di assistenza all’URP', middleware: [requireCitizen] as const,
  responses: { 200: jsonResponse(s.assistance, 'Richieste, dalla più recente, con la risposta quando inviata'), 401: errorResponse('Non autenticato') },
})

/** /api/me/segnalazioni and /api/me/assistenza: the session citizen's own only. */
export function myReportRoutes(store: MyReportsStore) {
  const router = newRouter()
  router.openapi(reportsRoute, async (c) => c.json({ reports: await listMyReports(store, citizenId(c)) }, 200))
  router.openapi(assistanceRoute, async (c) => c.json({ requests: await listMyAssistance(store, citizenId(c)) }, 200))
  return router
}
