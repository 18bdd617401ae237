import { createRoute } from '@hono/zod-openapi'

import { requireCitizen, sessionCitizenId } from '../auth/citizenSession'
import { messageSchemas } from '../contract/messages'
import { practiceSchemas } from '../contract/practices'
import type { CitizenMessageStore } from '../data/citizenMessages'
import { requireJsonBody } from '../middleware/personal'
import { errorResponse, jsonResponse, newRouter, noParameters } from '../openapi'
import { listMyMessages, markMyMessageRead } from '../services/messages'

const tags = ['Messaggi']

const messagesRoute = createRoute({ method: 'get', path: '/me/messaggi', tags, summary: 'I messaggi del Comune', middleware: [requireCitizen] as const, responses: { 200: jsonResponse(messageSchemas.list, 'Messaggi'), 401: errorResponse('Non autenticato') } })
const readRoute = createRoute({ method: 'post', path: '/me/messaggi/{id}/letto', tags, summary: 'Segna un messaggio come letto', middleware: [requireCitizen, requireJsonBody] as const, request: { params: practiceSchemas.idParam, body: noParameters }, responses: { 204: { description: 'Segnato' }, 401: errorResponse('Non autenticato'), 404: errorResponse('Non trovata') } })

/** /api/me/messaggi*: the municipality's messages to the logged-in citizen (desk "Messaggi"). */
export function messageRoutes(messages: CitizenMessageStore) {
  const router = newRouter()
  router.openapi(messagesRoute, async (c) => c.json({ messages: await listMyMessages(messages, sessionCitizenId(c)) }, 200))
  router.openapi(readRoute, async (c) => {
    await markMyMessageRead(messages, sessionCitizenId(c), c.req.valid('param').id)
    return c.body(null, 204)
  })
  return router
}
