import { createRoute } from '@hono/zod-openapi'

import { requireCitizen } from '../auth/citizenSession'
import { meSchemas as s } from '../contract/me'
import { requireJsonBody } from '../middleware/personal'
import { errorResponse, jsonResponse, newRouter } from '../openapi'
import { citizenToProfile, confirmEmail, findSessionProfile, sessionProfile, updateContacts, type ContactsDeps } from '../services/citizens'

/** What the desk's data routes need. */
export type MeDeps = ContactsDeps

const sessionRoute = createRoute({
  method: 'get', path: '/session', tags: ['Area personale'], summary: 'Chi è collegato (per l’intestazione delle pagine)',
  responses: { 200: jsonResponse(s.session, 'Stato dell’accesso') },
})
const meRoute = createRoute({
  method: 'get', path: '/me', tags: ['Area personale'], summary: 'I miei dati', middleware: [requireCitizen] as const,
  responses: { 200: jsonResponse(s.profile, 'Il profilo del cittadino'), 401: errorResponse('Non autenticato') },
})
const contactsRoute = createRoute({
  method: 'patch', path: '/me/contacts', tags: ['Area personale'], summary: 'Modifica i recapiti', middleware: [requireCitizen, requireJsonBody] as const,
  request: { body: { required: true, content: { 'application/json': { schema: s.contactsUpdate } } } },
  responses: {
    200: jsonResponse(s.profile, 'Recapiti aggiornati'), 401: errorResponse('Non autenticato'), 415: errorResponse('Non JSON'),
    422: errorResponse('Dati non validi'), 429: errorResponse('Troppe email di conferma in un’ora (Retry-After)'),
  },
})
const confirmRoute = createRoute({
  method: 'get', path: '/me/email/conferma', tags: ['Area personale'], summary: 'Conferma un nuovo indirizzo email (collegamento inviato per email)',
  request: { query: s.confirmQuery },
  responses: { 302: { description: 'Reindirizza all’area personale con l’esito' } },
})

/** /api/session and /api/me*: the logged-in citizen's own data, and nobody else's. */
export function meRoutes(deps: MeDeps) {
  const router = newRouter()
  router.openapi(sessionRoute, async (c) => {
    const session = c.get('session')
    const citizen = session ? await sessionProfile(deps.citizens, session) : null
    return c.json(citizen ? { authenticated: true, name: `${citizen.givenName} ${citizen.familyName}` } : { authenticated: false }, 200)
  })
  router.openapi(meRoute, async (c) => {
    return c.json(await citizenToProfile(await findSessionProfile(deps.citizens, c.get('session')!)), 200)
  })
  router.openapi(contactsRoute, async (c) => {
    const saved = await updateContacts(deps, c.get('session')!.citizenId, c.req.valid('json'))
    return c.json(await citizenToProfile(saved), 200)
  })
  router.openapi(confirmRoute, async (c) => {
    const confirmed = await confirmEmail(deps.citizens, c.req.valid('query').token)
    return c.redirect(`/area-personale/?email=${confirmed ? 'confermata' : 'non-valida'}`, 302)
  })
  return router
}
