import { createRoute, z } from '@hono/zod-openapi'

import { contactChannels } from '../../cms/collections/Citizens'
import { requireCitizen } from '../auth/citizenSession'
import { ApiError } from '../errors'
import { requireJsonBody } from '../middleware/personal'
import { newRouter } from '../openapi'
import { citizenToProfile, confirmEmail, updateContacts, type ContactsDeps } from '../services/citizens'

/** What the desk's data routes need. */
export type MeDeps = ContactsDeps

const profileSchema = z.object({
  fiscalCode: z.string(), givenName: z.string(), familyName: z.string(),
  birthDate: z.string().nullable(), birthPlace: z.string().nullable(),
  certified: z.object({ email: z.string().nullable(), phone: z.string().nullable() }),
  contacts: z.object({
    email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable(),
    postalCode: z.string().nullable(), city: z.string().nullable(), preferredChannel: z.string(),
  }),
  pendingEmail: z.string().nullable(),
}).openapi('CitizenProfile')

const channelValues = contactChannels.map((c) => c.value) as [(typeof contactChannels)[number]['value'], ...(typeof contactChannels)[number]['value'][]]
const orEmpty = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema])
const contactsUpdateSchema = z.strictObject({
  email: orEmpty(z.string().trim().toLowerCase().max(254, 'L’indirizzo email è troppo lungo.').email('Indirizzo email non valido.')).optional(),
  phone: orEmpty(z.string().trim().regex(/^\+?[0-9][0-9 ]{5,18}$/, 'Numero di telefono non valido: usa solo cifre e spazi, con il prefisso internazionale se serve (es. +39 333 1234567).')).optional(),
  address: orEmpty(z.string().trim().min(3, 'Indirizzo troppo breve.').max(200, 'L’indirizzo può avere al massimo 200 caratteri.')).optional(),
  postalCode: orEmpty(z.string().trim().regex(/^\d{5}$/, 'Il CAP è composto da 5 cifre.')).optional(),
  city: orEmpty(z.string().trim().min(2, 'Nome del comune troppo breve.').max(100, 'Il nome del comune può avere al massimo 100 caratteri.')).optional(),
  preferredChannel: z.enum(channelValues, { error: 'Canale di comunicazione non valido.' }).optional(),
}, { error: (issue) => (issue.code === 'unrecognized_keys' ? `Campo non modificabile: ${issue.keys.join(', ')}.` : undefined) }).openapi('ContactsUpdate')

const sessionRoute = createRoute({
  method: 'get', path: '/session', tags: ['Area personale'], summary: 'Chi è collegato (per l’intestazione delle pagine)',
  responses: { 200: { description: 'Stato dell’accesso', content: { 'application/json': { schema: z.object({ authenticated: z.boolean(), name: z.string().optional() }) } } } },
})
const meRoute = createRoute({
  method: 'get', path: '/me', tags: ['Area personale'], summary: 'I miei dati', middleware: [requireCitizen] as const,
  responses: { 200: { description: 'Il profilo del cittadino', content: { 'application/json': { schema: profileSchema } } }, 401: { description: 'Non autenticato' } },
})
const contactsRoute = createRoute({
  method: 'patch', path: '/me/contacts', tags: ['Area personale'], summary: 'Modifica i recapiti', middleware: [requireCitizen, requireJsonBody] as const,
  request: { body: { required: true, content: { 'application/json': { schema: contactsUpdateSchema } } } },
  responses: { 200: { description: 'Recapiti aggiornati', content: { 'application/json': { schema: profileSchema } } }, 401: { description: 'Non autenticato' }, 415: { description: 'Non JSON' }, 422: { description: 'Dati non validi' }, 429: { description: 'Troppe email di conferma in un’ora (Retry-After)' } },
})
const confirmRoute = createRoute({
  method: 'get', path: '/me/email/conferma', tags: ['Area personale'], summary: 'Conferma un nuovo indirizzo email (collegamento inviato per email)',
  request: { query: z.object({ token: z.string().max(200).default('') }) },
  responses: { 302: { description: 'Reindirizza all’area personale con l’esito' } },
})

/** /api/session and /api/me*: the logged-in citizen's own data, and nobody else's. */
export function meRoutes(deps: MeDeps) {
  const router = newRouter()
  router.openapi(sessionRoute, async (c) => {
    const session = c.get('session')
    const citizen = session ? await deps.citizens.findById(session.citizenId) : null
    return c.json(citizen ? { authenticated: true, name: `${citizen.givenName} ${citizen.familyName}` } : { authenticated: false }, 200)
  })
  router.openapi(meRoute, async (c) => {
    const citizen = await deps.citizens.findById(c.get('session')!.citizenId)
    if (!citizen) throw new ApiError('unauthenticated')
    return c.json(citizenToProfile(citizen), 200)
  })
  router.openapi(contactsRoute, async (c) => {
    const saved = await updateContacts(deps, c.get('session')!.citizenId, c.req.valid('json'))
    return c.json(citizenToProfile(saved), 200)
  })
  router.openapi(confirmRoute, async (c) => {
    const confirmed = await confirmEmail(deps.citizens, c.req.valid('query').token)
    return c.redirect(`/area-personale/?email=${confirmed ? 'confermata' : 'non-valida'}`, 302)
  })
  return router
}
