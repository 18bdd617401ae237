import { createRoute } from '@hono/zod-openapi'

import { requireCitizen, sessionCitizenId } from '../auth/citizenSession'
import { notificationPreferenceSchemas as s } from '../contract/notificationPreferences'
import type { CitizenStore } from '../data/citizens'
import { requireJsonBody } from '../middleware/personal'
import { errorResponse, jsonResponse, newRouter } from '../openapi'
import { readMyNotificationPreferences, saveMyNotificationPreferences } from '../services/notificationPreferences'

const tags = ['Notifiche']

const readRoute = createRoute({
  method: 'get', path: '/me/notifiche', tags, summary: 'Su quali canali ricevo ogni notifica', middleware: [requireCitizen] as const,
  responses: { 200: jsonResponse(s.view, 'Le scelte del cittadino, evento per evento'), 401: errorResponse('Non autenticato') },
})
const saveRoute = createRoute({
  method: 'put', path: '/me/notifiche', tags, summary: 'Sceglie i canali delle notifiche (i Messaggi dell’area personale restano sempre)', middleware: [requireCitizen, requireJsonBody] as const,
  request: { body: { required: true, content: { 'application/json': { schema: s.update } } } },
  responses: { 200: jsonResponse(s.view, 'Scelte salvate'), 401: errorResponse('Non autenticato'), 415: errorResponse('Non JSON'), 422: errorResponse('Dati non validi') },
})

/** /api/me/notifiche: the logged-in citizen's own notification preferences, per event. */
export function notificationPreferenceRoutes(citizens: CitizenStore) {
  const router = newRouter()
  router.openapi(readRoute, async (c) => c.json(await readMyNotificationPreferences(citizens, sessionCitizenId(c)), 200))
  router.openapi(saveRoute, async (c) => c.json(await saveMyNotificationPreferences(citizens, sessionCitizenId(c), c.req.valid('json')), 200))
  return router
}
