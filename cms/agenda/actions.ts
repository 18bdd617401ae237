import { randomUUID } from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'

import { bookSlot, cancelBooking, markBooking, moveBooking } from '../appointments/book'
import type { Applicant, BookingView } from '../appointments/contract'
import { namedActionEndpoint, refusal, type ActionBody } from '../endpoints/namedAction'
import { relationId } from '../relationId'
import { isValidFiscalCode } from './fiscalCode'
import { BookingActionError, bookingForStaff, calendarForStaff, engine, staffActor } from './staff'

/** The longest message to the citizen an action keeps. */
export const maxMessageLength = 2000

/** The body's `message`, trimmed ('' when absent); `missing`, when given, makes it required. */
function messageOf(body: ActionBody, missing?: string): string {
  const value = body.message ?? ''
  if (typeof value !== 'string') throw new BookingActionError('Il messaggio deve essere un testo.')
  const text = value.trim()
  if (text.length > maxMessageLength) throw new BookingActionError(`Il messaggio può avere al massimo ${maxMessageLength} caratteri.`)
  if (!text && missing) throw new BookingActionError(missing)
  return text
}

/** The body's `startsAt`: the chosen slot's start, an ISO instant. */
function startOf(body: ActionBody): Date {
  const value = body.startsAt
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) throw new BookingActionError('Scegli un orario libero.')
  return date
}

const mark = (status: 'arrivato' | 'servito' | 'assente') => async (req: PayloadRequest, id: string) => {
  const { user, booking } = await bookingForStaff(req, id)
  return engine(() => markBooking(req.payload, booking.id, status, staffActor(user)))
}

/** The named actions on one booking: POST /api/bookings/:id/<name>. */
export const bookingActions: Record<string, (req: PayloadRequest, id: string, body: ActionBody) => Promise<BookingView>> = {
  arrivato: mark('arrivato'),
  servito: mark('servito'),
  assente: mark('assente'),
  sposta: async (req, id, body) => {
    const { user, booking } = await bookingForStaff(req, id)
    const startsAt = startOf(body)
    const message = messageOf(body)
    return engine(() => moveBooking(req.payload, booking.id, startsAt, staffActor(user), message || null))
  },
  annulla: async (req, id, body) => {
    const { user, booking } = await bookingForStaff(req, id)
    const message = messageOf(body, 'Scrivi al cittadino perché l’appuntamento è annullato: riceve il messaggio.')
    return engine(() => cancelBooking(req.payload, booking.id, staffActor(user), message))
  },
}

const text = (body: ActionBody, key: string, max: number, label: string): string => {
  const value = body[key] ?? ''
  if (typeof value !== 'string') throw new BookingActionError(`${label}: serve un testo.`)
  const trimmed = value.trim().replace(/\s+/g, ' ')
  if (trimmed.length > max) throw new BookingActionError(`${label}: al massimo ${max} caratteri.`)
  return trimmed
}

/**
 * Books a free slot for a citizen who phoned or came to the desk, as the operator: the engine
 * confirms it at once and records who booked it. A codice fiscale, when given, must be valid; a
 * citizen already known by it (SPID/CIE) finds the booking in their desk.
 */
export async function bookForCitizen(req: PayloadRequest, body: ActionBody): Promise<BookingView> {
  const { user, calendar } = await calendarForStaff(req, body.calendarId)
  const channel = body.channel
  if (channel !== 'sportello' && channel !== 'telefono') throw new BookingActionError('Indica come si è rivolto il cittadino: allo sportello o al telefono.')
  const givenName = text(body, 'givenName', 100, 'Nome')
  const familyName = text(body, 'familyName', 100, 'Cognome')
  if (!givenName || !familyName) throw new BookingActionError('Scrivi il nome e il cognome del cittadino.')
  const fiscalCode = text(body, 'fiscalCode', 16, 'Codice fiscale').replace(/\s/g, '').toUpperCase()
  if (fiscalCode && !isValidFiscalCode(fiscalCode)) throw new BookingActionError('Il codice fiscale non è valido: controllalo o lascialo vuoto.')
  const email = text(body, 'email', 200, 'Email').toLowerCase()
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new BookingActionError('L’indirizzo email non è valido: controllalo o lascialo vuoto.')
  const phone = text(body, 'phone', 30, 'Telefono')
  if (phone && !/^\+?[\d\s./-]{6,30}$/.test(phone)) throw new BookingActionError('Il numero di telefono non è valido: controllalo o lascialo vuoto.')
  const reason = text(body, 'reason', 200, 'Motivo')
  const serviceValue = body.serviceId
  const serviceId = serviceValue === undefined || serviceValue === null || serviceValue === '' ? null : Number(serviceValue)
  if (serviceId !== null && !(calendar.services ?? []).map((s) => String(relationId(s))).includes(String(serviceId))) {
    throw new BookingActionError('Il servizio scelto non si prenota con questo calendario.')
  }
  if (serviceId === null && !reason) throw new BookingActionError('Scegli il servizio o scrivi il motivo dell’appuntamento.')
  const startsAt = startOf(body)
  const key = body.requestKey
  const requestKey = typeof key === 'string' && /^[\w-]{8,100}$/.test(key) ? key : randomUUID()

  const known = fiscalCode
    ? (await req.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: fiscalCode } }, depth: 0, limit: 1, overrideAccess: true, req })).docs[0]
    : undefined
  const applicant: Applicant = known
    ? { kind: 'citizen', citizenId: known.id, fiscalCode, givenName, familyName, email: email || null, phone: phone || null }
    : { kind: 'guest', givenName, familyName, email, phone: phone || null, fiscalCode: fiscalCode || null }
  const { booking } = await engine(() => bookSlot(req.payload, {
    calendarId: calendar.id, startsAt, serviceId, reason: reason || null, applicant, channel, requestKey, staffUserId: user.id,
  }))
  return booking
}

/** The JSON body of a collection-level action, or a 400. */
async function jsonBody(req: PayloadRequest): Promise<ActionBody | null> {
  try {
    const body: unknown = JSON.parse((await req.text?.()) ?? '')
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as ActionBody) : null
  } catch {
    return null
  }
}

const noStore = { 'cache-control': 'no-store' }

/** POST /api/bookings/prenota-per-cittadino: a booking made by the office for a walk-in or a phone call. */
export const bookForCitizenEndpoint: Endpoint = {
  path: '/prenota-per-cittadino',
  method: 'post',
  handler: async (req) => {
    const body = await jsonBody(req)
    if (!body) return refusal(400, 'Richiesta non valida: serve un oggetto JSON.')
    try {
      return Response.json({ doc: await bookForCitizen(req, body) }, { status: 201, headers: noStore })
    } catch (error) {
      if (error instanceof BookingActionError) return refusal(error.status, error.message)
      throw error
    }
  },
}

export const bookingActionEndpoints: Endpoint[] = [
  bookForCitizenEndpoint,
  ...Object.entries(bookingActions).map(([name, run]) => namedActionEndpoint(name, run, { allowEmptyBody: true })),
]
