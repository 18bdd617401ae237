import type { Payload, TypedUser, Where } from 'payload'

import type { Id } from '../appointments/contract'
import { daySlots } from '../appointments/slots'
import { bookingChannels, bookingStatuses } from '../appointments/vocabulary'
import type { Booking, Calendar } from '../payload-types'
import { relationId } from '../relationId'
import { addDays, dayBounds, romeTimeOf, type Day } from './days'

/** A calendar (a desk) as the agenda offers it. */
export type AgendaCalendar = { id: number; name: string; office: { id: number; title: string }; services: { id: number; title: string }[]; slotMinutes: number; desks: number; active: boolean }

/** One line of the day's agenda. */
export type AgendaRow = {
  id: number; code: string; startsAt: string; endsAt: string; time: string
  applicantName: string; fiscalCode: string | null; email: string | null; phone: string | null
  what: string; channel: Booking['channel']; channelLabel: string; status: Booking['status']; statusLabel: string
  calendar: { id: number; name: string }
}

const labelOf = <T extends readonly { value: string; label: string }[]>(list: T, value: string) => list.find((o) => o.value === value)?.label ?? value
export const statusToLabel = (status: string) => labelOf(bookingStatuses, status)
export const channelToLabel = (channel: string) => labelOf(bookingChannels, channel)
const titleOf = (value: unknown, key: 'title' | 'name'): string => (value && typeof value === 'object' ? String((value as Record<string, unknown>)[key] ?? '') : '')

/** The calendars the staff member works with (their offices'; all for an admin), by office then name. */
export async function staffCalendars(payload: Payload, user: TypedUser): Promise<AgendaCalendar[]> {
  const { docs } = await payload.find({
    collection: 'calendars', depth: 1, pagination: false, sort: 'name', overrideAccess: false, user,
    populate: { offices: { title: true }, services: { title: true } },
  })
  return docs
    .map((c: Calendar) => ({
      id: c.id, name: c.name, slotMinutes: c.slotMinutes, desks: c.desks, active: c.active !== false,
      office: { id: Number(relationId(c.office)), title: titleOf(c.office, 'title') },
      services: (c.services ?? []).filter((s) => typeof s === 'object').map((s) => ({ id: (s as { id: number }).id, title: titleOf(s, 'title') })),
    }))
    .sort((a, b) => a.office.title.localeCompare(b.office.title, 'it') || a.name.localeCompare(b.name, 'it'))
}

/** A booking as a line of the agenda. */
export function bookingToRow(b: Booking): AgendaRow {
  return {
    id: b.id, code: b.code, startsAt: b.startsAt, endsAt: b.endsAt, time: romeTimeOf(b.startsAt),
    applicantName: b.applicantName, fiscalCode: b.fiscalCode ?? null, email: b.email ?? null, phone: b.phone ?? null,
    what: [titleOf(b.service, 'title'), b.reason ?? ''].filter((t, i, all) => t && all.indexOf(t) === i).join(' — '),
    channel: b.channel, channelLabel: channelToLabel(b.channel), status: b.status, statusLabel: statusToLabel(b.status),
    calendar: { id: Number(relationId(b.calendar)), name: titleOf(b.calendar, 'name') },
  }
}

/**
 * The day's bookings of one calendar (or of every calendar the staff member reads), by time, read
 * with their access: another office's bookings never appear. Expired unconfirmed ones are left out.
 */
export async function dayAgenda(payload: Payload, user: TypedUser, day: Day, calendarId?: Id | null): Promise<AgendaRow[]> {
  const { from, to } = dayBounds(day)
  const where: Where = {
    and: [
      { startsAt: { greater_than_equal: from.toISOString() } },
      { startsAt: { less_than: to.toISOString() } },
      { status: { not_equals: 'scaduta' } },
      ...(calendarId ? [{ calendar: { equals: calendarId } }] : []),
    ],
  }
  const { docs } = await payload.find({
    collection: 'bookings', where, sort: 'startsAt', depth: 1, pagination: false, overrideAccess: false, user,
    populate: { services: { title: true }, calendars: { name: true } },
  })
  return docs.map(bookingToRow)
}

/** The counts of one calendar in one week. */
export type WeekCount = { calendar: { id: number; name: string; office: string }; bookings: number; noShows: number; cancelled: number; freePlaces: number }

/** Statuses of a booking that was made and kept (not cancelled, not expired). */
const kept = ['da-confermare', 'confermata', 'arrivato', 'servito', 'assente']

/**
 * Per calendar, the week from Monday: bookings kept, no-shows, cancelled, and the free capacity
 * (the free places of the week's slots still open to booking, from the engine's daySlots).
 */
export async function weekCounts(payload: Payload, user: TypedUser, monday: Day, now = new Date()): Promise<WeekCount[]> {
  const calendars = await staffCalendars(payload, user)
  const from = dayBounds(monday).from.toISOString()
  const to = dayBounds(addDays(monday, 7)).from.toISOString()
  return Promise.all(calendars.map(async (calendar) => {
    const count = async (statuses: string[]) => (await payload.count({
      collection: 'bookings', overrideAccess: false, user,
      where: { and: [{ calendar: { equals: calendar.id } }, { startsAt: { greater_than_equal: from } }, { startsAt: { less_than: to } }, { status: { in: statuses } }] },
    })).totalDocs
    let freePlaces = 0
    for (let i = 0; i < 7; i++) {
      const slots = await daySlots(payload, calendar.id, addDays(monday, i), now)
      freePlaces += slots.reduce((sum, slot) => sum + slot.free, 0)
    }
    return {
      calendar: { id: calendar.id, name: calendar.name, office: calendar.office.title },
      bookings: await count(kept), noShows: await count(['assente']), cancelled: await count(['annullata']), freePlaces,
    }
  }))
}
