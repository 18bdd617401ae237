import { createRoute } from '@hono/zod-openapi'

import { requireCitizen, sessionCitizenId as citizenId } from '../auth/citizenSession'
import { appointmentSchemas as s } from '../contract/appointments'
import { requireJsonBody } from '../middleware/personal'
import { errorResponse, jsonResponse, newRouter } from '../openapi'
import {
  availableAppointments, book, cancelByLink, cancelMine, confirmByLink, dayOfCalendar, listCalendars, monthOfCalendar, moveByLink, moveMine, myBooking, myBookings, readByLink,
  type AppointmentDeps,
} from '../services/appointments'

const tags = ['Appuntamenti']
const mine = ['Le mie prenotazioni']
const e = {
  400: errorResponse('Richiesta non valida'),
  401: errorResponse('Non autenticato'),
  404: errorResponse('Non trovato (o collegamento non valido o scaduto)'),
  409: errorResponse('Orario non più libero, limite di prenotazioni raggiunto, oltre il termine per le modifiche o stato che non lo consente'),
  415: errorResponse('Non JSON'),
  422: errorResponse('Dati non validi, o giorno/orario non prenotabile'),
}
const json = <T,>(schema: T) => ({ required: true, content: { 'application/json': { schema } } })

const calendarsRoute = createRoute({ method: 'get', path: '/appuntamenti/calendari', tags, summary: 'I calendari prenotabili online (per servizio o ufficio)', request: { query: s.calendarQuery }, responses: { 200: jsonResponse(s.calendars, 'I calendari attivi'), 422: e[422] } })
const monthRoute = createRoute({ method: 'get', path: '/appuntamenti/calendari/{id}/mesi/{month}', tags, summary: 'I giorni di un mese: aperti con i posti liberi, o chiusi e perché', request: { params: s.monthParam }, responses: { 200: jsonResponse(s.month, 'Il mese'), 400: e[400], 404: e[404], 422: e[422] } })
const dayRoute = createRoute({ method: 'get', path: '/appuntamenti/calendari/{id}/giorni/{day}', tags, summary: 'Gli orari prenotabili di un giorno, con i posti liberi', request: { params: s.dayParam }, responses: { 200: jsonResponse(s.day, 'Gli orari del giorno'), 400: e[400], 404: e[404], 422: e[422] } })
const templateRoute = createRoute({
  method: 'get', path: '/appuntamenti/calendari/{id}/appuntamenti-disponibili', tags,
  summary: 'Gli orari liberi nella forma dei modelli del sito comunale (design-comuni-pagine-statiche)',
  description: 'La forma di `appuntamenti-disponibili` della pagina “Prenotazione appuntamento” dei modelli di Designers Italia (src/handlebars-json/prenotazione-appuntamento.json): `select` con i mesi e `radio-list` con gli orari liberi, `{ label, id }`; `id` è l’inizio dell’orario da inviare come `startsAt`.',
  request: { params: s.calendarParam, query: s.templateQuery }, responses: { 200: jsonResponse(s.template, 'Mesi e orari liberi'), 404: e[404], 422: e[422] },
})
const bookRoute = createRoute({
  method: 'post', path: '/appuntamenti/prenotazioni', tags, summary: 'Prenota un orario (idempotente per requestKey)', middleware: [requireJsonBody] as const,
  description: 'Con l’accesso SPID/CIE la prenotazione è confermata subito; senza, servono nome, cognome ed email e la prenotazione tiene il posto 30 minuti in attesa della conferma dell’email. La stessa requestKey restituisce la stessa prenotazione (created: false).',
  request: { body: json(s.book) },
  responses: { 201: jsonResponse(s.booked, 'Prenotazione fatta'), 200: jsonResponse(s.booked, 'La stessa richiesta era già stata registrata'), 400: e[400], 404: e[404], 409: e[409], 415: e[415], 422: e[422] },
})
const confirmRoute = createRoute({ method: 'post', path: '/appuntamenti/conferma-email', tags, summary: 'Conferma l’email di chi ha prenotato senza accesso (collegamento firmato)', middleware: [requireJsonBody] as const, request: { body: json(s.confirm) }, responses: { 200: jsonResponse(s.booking, 'Prenotazione confermata'), 404: e[404], 409: e[409], 422: e[422] } })
const readLinkRoute = createRoute({ method: 'get', path: '/appuntamenti/gestione', tags, summary: 'La prenotazione aperta dal collegamento firmato dell’email', request: { query: s.tokenQuery }, responses: { 200: jsonResponse(s.booking, 'La prenotazione'), 404: e[404], 422: e[422] } })
const moveLinkRoute = createRoute({ method: 'post', path: '/appuntamenti/gestione/sposta', tags, summary: 'Sposta la prenotazione (collegamento firmato; entro il termine dell’ufficio)', middleware: [requireJsonBody] as const, request: { body: json(s.moveByToken) }, responses: { 200: jsonResponse(s.booking, 'Prenotazione spostata'), 404: e[404], 409: e[409], 422: e[422] } })
const cancelLinkRoute = createRoute({ method: 'post', path: '/appuntamenti/gestione/annulla', tags, summary: 'Annulla la prenotazione (collegamento firmato; entro il termine dell’ufficio)', middleware: [requireJsonBody] as const, request: { body: json(s.cancelByToken) }, responses: { 200: jsonResponse(s.booking, 'Prenotazione annullata'), 404: e[404], 409: e[409], 422: e[422] } })
const myListRoute = createRoute({ method: 'get', path: '/me/appuntamenti', tags: mine, summary: 'Le mie prenotazioni, dalla più recente', middleware: [requireCitizen] as const, responses: { 200: jsonResponse(s.bookings, 'Le prenotazioni'), 401: e[401] } })
const myOneRoute = createRoute({ method: 'get', path: '/me/appuntamenti/{id}', tags: mine, summary: 'Una mia prenotazione', middleware: [requireCitizen] as const, request: { params: s.bookingParam }, responses: { 200: jsonResponse(s.booking, 'La prenotazione'), 401: e[401], 404: e[404], 422: e[422] } })
const myMoveRoute = createRoute({ method: 'post', path: '/me/appuntamenti/{id}/sposta', tags: mine, summary: 'Sposta una mia prenotazione', middleware: [requireCitizen, requireJsonBody] as const, request: { params: s.bookingParam, body: json(s.move) }, responses: { 200: jsonResponse(s.booking, 'Prenotazione spostata'), 401: e[401], 404: e[404], 409: e[409], 422: e[422] } })
const myCancelRoute = createRoute({ method: 'post', path: '/me/appuntamenti/{id}/annulla', tags: mine, summary: 'Annulla una mia prenotazione', middleware: [requireCitizen, requireJsonBody] as const, request: { params: s.bookingParam, body: json(s.cancel) }, responses: { 200: jsonResponse(s.booking, 'Prenotazione annullata'), 401: e[401], 404: e[404], 409: e[409], 422: e[422] } })

/** /api/appuntamenti/* and /api/me/appuntamenti*: free slots, booking, and moving or cancelling a booking. */
export function appointmentRoutes(deps: AppointmentDeps) {
  const router = newRouter()
  const fresh = { 'Cache-Control': 'no-cache' }
  router.openapi(calendarsRoute, async (c) => c.json({ calendars: await listCalendars(deps, c.req.valid('query')) }, 200, fresh))
  router.openapi(monthRoute, async (c) => {
    const { id, month } = c.req.valid('param')
    return c.json(await monthOfCalendar(deps, id, month), 200, fresh)
  })
  router.openapi(dayRoute, async (c) => {
    const { id, day } = c.req.valid('param')
    return c.json(await dayOfCalendar(deps, id, day), 200, fresh)
  })
  router.openapi(templateRoute, async (c) => c.json(await availableAppointments(deps, c.req.valid('param').id, c.req.valid('query').mese), 200, fresh))
  router.openapi(bookRoute, async (c) => {
    const session = c.get('session')
    const result = await book(deps, session ? (session.citizenId as number) : null, c.req.valid('json'))
    c.header('Cache-Control', 'no-store')
    return c.json(result, result.created ? 201 : 200)
  })
  router.openapi(confirmRoute, async (c) => c.json(await confirmByLink(deps, c.req.valid('json').token), 200, { 'Cache-Control': 'no-store' }))
  router.openapi(readLinkRoute, async (c) => c.json(await readByLink(deps, c.req.valid('query').t), 200, { 'Cache-Control': 'no-store' }))
  router.openapi(moveLinkRoute, async (c) => {
    const { token, startsAt, message } = c.req.valid('json')
    return c.json(await moveByLink(deps, token, startsAt, message), 200, { 'Cache-Control': 'no-store' })
  })
  router.openapi(cancelLinkRoute, async (c) => {
    const { token, message } = c.req.valid('json')
    return c.json(await cancelByLink(deps, token, message), 200, { 'Cache-Control': 'no-store' })
  })
  router.openapi(myListRoute, async (c) => c.json({ bookings: await myBookings(deps, citizenId(c)) }, 200))
  router.openapi(myOneRoute, async (c) => c.json(await myBooking(deps, citizenId(c), c.req.valid('param').id), 200))
  router.openapi(myMoveRoute, async (c) => {
    const { startsAt, message } = c.req.valid('json')
    return c.json(await moveMine(deps, citizenId(c), c.req.valid('param').id, startsAt, message), 200)
  })
  router.openapi(myCancelRoute, async (c) => c.json(await cancelMine(deps, citizenId(c), c.req.valid('param').id, c.req.valid('json').message), 200))
  return router
}
