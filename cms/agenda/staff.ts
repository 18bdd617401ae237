import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import type { Actor } from '../appointments/book'
import type { BookingRefusalCode } from '../appointments/contract'
import { BookingRefused } from '../appointments/refusal'
import { ActionRefusedError } from '../endpoints/namedAction'
import type { Booking, Calendar, User } from '../payload-types'

/** A named action on a booking refused, with the Italian message the clerk reads and the HTTP status. */
export class BookingActionError extends ActionRefusedError {
  override name = 'BookingActionError'
}

/** The staff member acting, or a 401/403 in Italian: only operators and admins work the agenda. */
export function actingStaff(req: PayloadRequest): User {
  const user = req.user
  if (!user || user.collection !== 'users') throw new BookingActionError('Accesso riservato al personale: accedi al pannello.', 401)
  if (!hasRole(user, 'admin') && !hasRole(user, 'operator')) throw new BookingActionError('Solo gli operatori dell’ufficio e gli amministratori gestiscono gli appuntamenti.', 403)
  return user as User
}

const idOf = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : null)

/** The booking as the acting staff member may read it, or 404: another office's booking does not exist for them. */
export async function bookingForStaff(req: PayloadRequest, id: unknown): Promise<{ user: User; booking: Booking }> {
  const user = actingStaff(req)
  const bookingId = idOf(id)
  const booking = bookingId === null ? null : await req.payload.findByID({ collection: 'bookings', id: bookingId, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
  if (!booking) throw new BookingActionError('Prenotazione non trovata.', 404)
  return { user, booking }
}

/** The calendar as the acting staff member may read it, or 404. */
export async function calendarForStaff(req: PayloadRequest, id: unknown): Promise<{ user: User; calendar: Calendar }> {
  const user = actingStaff(req)
  const calendarId = idOf(id)
  if (calendarId === null) throw new BookingActionError('Scegli il calendario (lo sportello).', 400)
  const calendar = await req.payload.findByID({ collection: 'calendars', id: calendarId, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
  if (!calendar) throw new BookingActionError('Calendario non trovato.', 404)
  return { user, calendar }
}

/** The operator as the engine records them in the booking's history. */
export const staffActor = (user: User): Actor => ({ type: 'operatore', userId: user.id, name: user.name || user.email })

const statusOfRefusal: Record<BookingRefusalCode, 400 | 404 | 409> = {
  'slot-full': 409, quota: 409, 'not-bookable': 409, cutoff: 409, 'not-found': 404, 'bad-status': 409, invalid: 400,
}

/** Runs an engine call; its refusals become the action's Italian refusal with their HTTP status. */
export async function engine<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof BookingRefused) throw new BookingActionError(error.message, statusOfRefusal[error.code] ?? 409)
    throw error
  }
}
