import type { Payload, Where } from 'payload'

import type { Booking, Calendar, Office, Service } from '../payload-types'
import { relationId } from '../relationId'
import { closedBecause, readPatron, type ClosingRules } from './closedDays'
import type { Day, DayAvailability, Id, Slot } from './contract'
import { BookingRefused } from './refusal'
import { addDays, daysOfMonth, isDay, isMonth, isoWeekday, romeDay, romeInstant, romeTime } from './romeTime'

/** What slot generation reads of a calendar. */
export type CalendarRules = Pick<Calendar, 'slotMinutes' | 'desks' | 'horizonDays'> & {
  hours?: readonly { weekday: string; from: string; to: string }[] | null
}

/** A slot's place in time, before its free places are counted. */
export type SlotTime = Omit<Slot, 'capacity' | 'free'>

/** The slots of a day, or why there are none. */
export type DaySlotTimes = { open: boolean; closedBecause?: string; slots: SlotTime[] }

const minute = 60_000

/** The last day one may book on: today (in Rome) plus the calendar's horizon. */
export const lastBookableDay = (calendar: Pick<Calendar, 'horizonDays'>, now: Date): Day => addDays(romeDay(now), Math.max(0, calendar.horizonDays))

/**
 * The bookable slots of a calendar on a day — pure: the weekday's opening hours cut into slots of
 * `slotMinutes`, none on a closed day (national holiday, patron saint, the calendar's closures),
 * before `now` or beyond the horizon. Slots are stepped in real time from each opening's start:
 * across a daylight-saving change no slot is lost or doubled (an opening spanning the night of the
 * change is one hour shorter in March, one longer in October). The same slot always has the same
 * instant (whole minutes, no seconds), which is what the bookings store as `startsAt`.
 */
export function slotTimesOf(calendar: CalendarRules, day: Day, rules: ClosingRules, now: Date): DaySlotTimes {
  if (day < romeDay(now)) return { open: false, closedBecause: 'Giorno passato', slots: [] }
  if (day > lastBookableDay(calendar, now)) return { open: false, closedBecause: 'Oltre il periodo prenotabile', slots: [] }
  const closed = closedBecause(day, rules)
  if (closed) return { open: false, closedBecause: closed, slots: [] }
  const weekday = String(isoWeekday(day))
  if (!(calendar.hours ?? []).some((h) => h.weekday === weekday && h.from < h.to)) return { open: false, closedBecause: 'Nessun orario di ricevimento', slots: [] }
  const slots = openingSlots(calendar, day, now)
  return slots.length ? { open: true, slots } : { open: false, closedBecause: 'Nessun orario ancora libero', slots }
}

/**
 * The slots of a day's opening hours after `now`, whatever closes the day: each opening from its
 * start in steps of `slotMinutes` of real time, the last ending within the opening.
 */
export function openingSlots(calendar: CalendarRules, day: Day, now: Date): SlotTime[] {
  const weekday = String(isoWeekday(day))
  const length = Math.max(1, Math.round(calendar.slotMinutes)) * minute
  const byStart = new Map<number, SlotTime>()
  for (const opening of (calendar.hours ?? []).filter((h) => h.weekday === weekday && h.from < h.to)) {
    const end = romeInstant(day, opening.to).getTime()
    for (let t = romeInstant(day, opening.from).getTime(); t + length <= end; t += length) {
      if (t <= now.getTime() || byStart.has(t)) continue
      const startsAt = new Date(t)
      byStart.set(t, { startsAt, endsAt: new Date(t + length), day, time: romeTime(startsAt) })
    }
  }
  return [...byStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
}

/** The calendar and what closes its days. */
export type CalendarContext = { calendar: Calendar; rules: ClosingRules }

/** Loads a calendar (depth 0) and its closing rules; refused 'not-found' when it does not exist. */
export async function calendarContext(payload: Payload, calendarId: Id): Promise<CalendarContext> {
  const calendar = await payload.findByID({ collection: 'calendars', id: calendarId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!calendar) throw new BookingRefused('not-found', 'Il calendario non esiste.')
  return { calendar, rules: { patron: await readPatron(payload), closures: calendar.closures ?? [] } }
}

/**
 * Guest bookings whose email was not confirmed in time give their place back: status 'scaduta',
 * seat and quota slot null, one entry in the trail each. Run before counting or taking a slot.
 * The UPDATE is guarded by the status, so a confirmation that wins the race is kept.
 */
export async function releaseExpiredHolds(payload: Payload, calendarId: Id | null, now: Date): Promise<number> {
  const where: Where = { and: [{ status: { equals: 'da-confermare' } }, { holdUntil: { less_than: now.toISOString() } }, ...(calendarId == null ? [] : [{ calendar: { equals: calendarId } }])] }
  const expired = await payload.find({ collection: 'bookings', where, depth: 0, pagination: false, overrideAccess: true, select: { id: true, office: true } })
  let released = 0
  for (const booking of expired.docs) {
    const result = await payload.update({
      collection: 'bookings',
      where: { and: [{ id: { equals: booking.id } }, { status: { equals: 'da-confermare' } }] },
      data: { status: 'scaduta', seat: null, quotaSlot: null },
      depth: 0,
      overrideAccess: true,
    })
    if (!result.docs.length) continue
    released++
    await payload.create({
      collection: 'booking-events',
      data: { booking: booking.id, office: relationId(booking.office as number), kind: 'scaduta', actorType: 'sistema', actorLabel: 'Sistema', message: 'L’indirizzo email non è stato confermato in tempo: il posto è di nuovo libero.' },
      depth: 0,
      overrideAccess: true,
    })
  }
  return released
}

/** How many places are held in each slot (by startsAt's instant) of a calendar between two instants. */
export async function takenPlaces(payload: Payload, calendarId: Id, from: Date, to: Date): Promise<Map<number, number>> {
  const held = await payload.find({
    collection: 'bookings',
    where: { and: [{ calendar: { equals: calendarId } }, { seat: { exists: true } }, { startsAt: { greater_than_equal: from.toISOString() } }, { startsAt: { less_than: to.toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { startsAt: true, seat: true },
  })
  const taken = new Map<number, number>()
  for (const booking of held.docs as Pick<Booking, 'startsAt' | 'seat'>[]) {
    if (booking.seat == null) continue
    const t = new Date(booking.startsAt).getTime()
    taken.set(t, (taken.get(t) ?? 0) + 1)
  }
  return taken
}

const withFree = (slot: SlotTime, desks: number, taken: Map<number, number>): Slot => ({ ...slot, capacity: desks, free: Math.max(0, desks - (taken.get(slot.startsAt.getTime()) ?? 0)) })

/** The bookable slots of a calendar on a day, with their free places (full slots included, with free 0). */
export async function daySlots(payload: Payload, calendarId: Id, day: Day, now: Date = new Date()): Promise<Slot[]> {
  if (!isDay(day)) throw new BookingRefused('invalid', 'Indica il giorno come AAAA-MM-GG.')
  const { calendar, rules } = await calendarContext(payload, calendarId)
  const { slots } = slotTimesOf(calendar, day, rules, now)
  if (!slots.length) return []
  await releaseExpiredHolds(payload, calendarId, now)
  const taken = await takenPlaces(payload, calendarId, romeInstant(day, '00:00'), romeInstant(addDays(day, 1), '00:00'))
  return slots.map((slot) => withFree(slot, calendar.desks, taken))
}

/** The bookable slots of a whole month, with their free places (one reading of the bookings). */
export async function monthSlots(payload: Payload, calendarId: Id, month: string, now: Date = new Date()): Promise<{ days: (DaySlotTimes & { day: Day })[]; slots: Slot[] }> {
  if (!isMonth(month)) throw new BookingRefused('invalid', 'Indica il mese come AAAA-MM.')
  const { calendar, rules } = await calendarContext(payload, calendarId)
  const days = daysOfMonth(month).map((day) => ({ day, ...slotTimesOf(calendar, day, rules, now) }))
  if (!days.some((d) => d.slots.length)) return { days, slots: [] }
  await releaseExpiredHolds(payload, calendarId, now)
  const taken = await takenPlaces(payload, calendarId, romeInstant(days[0]!.day, '00:00'), romeInstant(addDays(days.at(-1)!.day, 1), '00:00'))
  return { days, slots: days.flatMap((d) => d.slots.map((slot) => withFree(slot, calendar.desks, taken))) }
}

/** The days of a month: open (with free places) or closed and why. */
export async function monthAvailability(payload: Payload, calendarId: Id, month: string, now: Date = new Date()): Promise<DayAvailability[]> {
  const { days, slots } = await monthSlots(payload, calendarId, month, now)
  return days.map((times) => {
    const free = slots.filter((slot) => slot.day === times.day).reduce((sum, slot) => sum + slot.free, 0)
    if (!times.open) return { day: times.day, open: false, free: 0, closedBecause: times.closedBecause }
    return free > 0 ? { day: times.day, open: true, free } : { day: times.day, open: false, free: 0, closedBecause: 'Tutti gli orari sono prenotati' }
  })
}

/** A calendar as the booking flow lists it. */
export type BookableCalendar = {
  id: Id
  name: string
  office: { id: Id; title: string; slug?: string | null; address?: string | null }
  services: { id: Id; title: string; slug?: string | null }[]
  slotMinutes: number
  cutoffHours: number
  horizonDays: number
}

/** The calendars citizens may book online (active), optionally only those of an office or serving a service. */
export async function bookableCalendars(payload: Payload, filter: { serviceId?: Id; officeId?: Id } = {}): Promise<BookableCalendar[]> {
  const where: Where = { and: [{ active: { equals: true } }, ...(filter.officeId != null ? [{ office: { equals: filter.officeId } }] : []), ...(filter.serviceId != null ? [{ services: { in: [filter.serviceId] } }] : [])] }
  const found = await payload.find({ collection: 'calendars', where, depth: 1, pagination: false, overrideAccess: true, sort: 'name' })
  return found.docs.flatMap((calendar) => {
    const office = calendar.office as Office | number
    if (typeof office !== 'object' || !office) return []
    const services = (calendar.services ?? []).filter((s): s is Service => typeof s === 'object' && s !== null)
    if (filter.serviceId != null && !services.some((s) => String(s.id) === String(filter.serviceId))) return []
    return [{
      id: calendar.id,
      name: calendar.name,
      office: { id: office.id, title: office.title, slug: office.slug ?? null, address: office.address ?? null },
      services: services.map((s) => ({ id: s.id, title: s.title, slug: s.slug ?? null })),
      slotMinutes: calendar.slotMinutes,
      cutoffHours: calendar.cutoffHours,
      horizonDays: calendar.horizonDays,
    }]
  })
}
