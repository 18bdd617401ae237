import { createRoute } from '@hono/zod-openapi'

import { requireCitizen, sessionCitizenId } from '../auth/citizenSession'
import { pushSubscriptionSchemas as s } from '../contract/pushSubscriptions'
import { requireJsonBody } from '../middleware/personal'
import { errorResponse, jsonResponse, newRouter } from '../openapi'
import { myPushState, subscribeMyBrowser, unsubscribeMyBrowser, type PushSubscriptionDeps } from '../services/pushSubscriptions'

const tags = ['Notifiche push']

const stateRoute = createRoute({
  method: 'get', path: '/me/notifiche-push', tags, summary: 'Le notifiche push: se sono attive, la chiave del portale, i miei browser iscritti', middleware: [requireCitizen] as const,
  responses: { 200: jsonResponse(s.state, 'Stato delle notifiche push'), 401: errorResponse('Non autenticato') },
})
const subscribeRoute = createRoute({
  method: 'post', path: '/me/notifiche-push', tags, summary: 'Iscrive questo browser alle mie notifiche', middleware: [requireCitizen, requireJsonBody] as const,
  request: { body: { required: true, content: { 'application/json': { schema: s.subscribe } } } },
  responses: {
    201: jsonResponse(s.subscription, 'Browser iscritto'), 401: errorResponse('Non autenticato'), 415: errorResponse('Non JSON'),
    422: errorResponse('Iscrizione non valida'), 503: errorResponse('Notifiche push non configurate'),
  },
})
const unsubscribeRoute = createRoute({
  method: 'delete', path: '/me/notifiche-push/{id}', tags, summary: 'Disiscrive un mio browser', middleware: [requireCitizen] as const,
  request: { params: s.idParam },
  responses: { 204: { description: 'Disiscritto' }, 401: errorResponse('Non autenticato'), 404: errorResponse('Non trovato') },
})

/** /api/me/notifiche-push*: the logged-in citizen's browsers subscribed to web push, and nobody else's. */
export function pushSubscriptionRoutes(deps: PushSubscriptionDeps) {
  const router = newRouter()
  router.openapi(stateRoute, async (c) => c.json(await myPushState(deps, sessionCitizenId(c)), 200))
  router.openapi(subscribeRoute, async (c) => c.json(await subscribeMyBrowser(deps, sessionCitizenId(c), c.req.valid('json')), 201))
  router.openapi(unsubscribeRoute, async (c) => {
    await unsubscribeMyBrowser(deps, sessionCitizenId(c), c.req.valid('param').id)
    return c.body(null, 204)
  })
  return router
}
