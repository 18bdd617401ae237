import { createRoute, z } from '@hono/zod-openapi'

import { requireCitizen, sessionCitizenId } from '../auth/citizenSession'
import type { CitizenMessageStore } from '../data/citizenMessages'
import { requireJsonBody } from '../middleware/personal'
import { newRouter } from '../openapi'
import { listMyMessages, markMyMessageRead } from '../services/messages'
import { practiceSchemas } from './practiceSchemas'

const tags = ['Messaggi']
const messageSchema = z.object({ id: z.number(), at: z.string(), subject: z.string(), body: z.string(), practiceId: z.number().nullable(), read: z.boolean() }).openapi('CitizenMessage')

const messagesRoute = createRoute({ method: 'get', path: '/me/messaggi', tags, summary: 'I messaggi del Comune', middleware: [requireCitizen] as const, responses: { 200: { description: 'Messaggi', content: { 'application/json': { schema: z.object({ messages: z.array(messageSchema) }) } } }, 401: { description: 'Non autenticato' } } })
const readRoute = createRoute({ method: 'post', path: '/me/messaggi/{id}/letto', tags, summary: 'Segna un messaggio come letto', middleware: [requireCitizen, requireJsonBody] as const, request: { params: practiceSchemas.idParam }, responses: { 204: { description: 'Segnato' }, 401: { description: 'Non autenticato' }, 404: { description: 'Non trovata' } } })

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
