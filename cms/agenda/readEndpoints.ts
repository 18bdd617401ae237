import type { Endpoint, PayloadRequest } from 'payload'

import { daySlots } from '../appointments/slots'
import { refusal } from '../endpoints/namedAction'
import { dayAgenda, staffCalendars, weekCounts } from './agenda'
import { mondayOf, romeDayOf, toDay } from './days'
import { actingStaff, BookingActionError, calendarForStaff } from './staff'

const noStore = { 'cache-control': 'private, no-store' }

/** A GET answering JSON, its refusals in Payload's shape. */
const getJson = (path: string, run: (req: PayloadRequest, query: Record<string, unknown>) => Promise<unknown>): Endpoint => ({
  path,
  method: 'get',
  handler: async (req) => {
    try {
      return Response.json(await run(req, (req.query ?? {}) as Record<string, unknown>), { headers: noStore })
    } catch (error) {
      if (error instanceof BookingActionError) return refusal(error.status, error.message)
      throw error
    }
  },
})

/** The `giorno` of the query, today in Rome when absent; a 400 when it is no day. */
function dayOf(value: unknown): string {
  if (value === undefined || value === '') return romeDayOf(new Date())
  const day = toDay(value)
  if (!day) throw new BookingActionError('La data non è valida: scrivila come 2026-12-02.')
  return day
}

/** GET /api/bookings/agenda?giorno=YYYY-MM-DD&calendario=ID: the day's bookings, by time, of the staff member's calendars. */
export const agendaEndpoint = getJson('/agenda', async (req, query) => {
  const user = actingStaff(req)
  const day = dayOf(query.giorno)
  const calendarId = query.calendario ? (await calendarForStaff(req, query.calendario)).calendar.id : null
  return { day, calendars: await staffCalendars(req.payload, user), bookings: await dayAgenda(req.payload, user, day, calendarId) }
})

/** GET /api/bookings/posti-liberi?calendario=ID&giorno=YYYY-MM-DD: the free slots of a day, for booking on behalf and moving. */
export const freeSlotsEndpoint = getJson('/posti-liberi', async (req, query) => {
  const { calendar } = await calendarForStaff(req, query.calendario)
  const day = dayOf(query.giorno)
  const slots = await daySlots(req.payload, calendar.id, day)
  return { day, slots: slots.filter((s) => s.free > 0).map((s) => ({ startsAt: s.startsAt.toISOString(), time: s.time, free: s.free, capacity: s.capacity })) }
})

/** GET /api/bookings/settimana?settimana=YYYY-MM-DD: per calendar, the week's bookings, no-shows and free places. */
export const weekEndpoint = getJson('/settimana', async (req, query) => {
  const user = actingStaff(req)
  const monday = mondayOf(dayOf(query.settimana))
  return { monday, counts: await weekCounts(req.payload, user, monday) }
})
