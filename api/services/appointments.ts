import type { Actor } from '../../cms/appointments/book'
import type { BookingRequest, BookingView, Id } from '../../cms/appointments/contract'
import { BookingRefused } from '../../cms/appointments/refusal'
import { addDays, romeDay, romeTime } from '../../cms/appointments/romeTime'
import { bookingStatuses } from '../../cms/appointments/vocabulary'
import type { AvailableAppointments, BookBody, BookingJson } from '../contract/appointments'
import type { AppointmentStore } from '../data/appointments'
import type { CitizenStore } from '../data/citizens'
import { ApiError } from '../errors'

/** What the appointment services need. */
export type AppointmentDeps = { appointments: AppointmentStore; citizens: CitizenStore }

const statusLabel = new Map<string, string>(bookingStatuses.map((s) => [s.value, s.label]))

/**
 * A refusal of the core as the API's error: never a 500. 'invalid' 400, 'not-found' 404,
 * 'not-bookable' 422 (a closed day, a past slot, beyond the horizon), and 409 for what changed
 * meanwhile or is no longer allowed ('slot-full', 'quota', 'cutoff', 'bad-status'); the field
 * says which part of the request to change.
 */
export function refusalToApiError(refusal: BookingRefused): ApiError {
  switch (refusal.code) {
    case 'invalid': return new ApiError('bad_request', refusal.message)
    case 'not-found': return new ApiError('not_found', refusal.message)
    case 'not-bookable': return new ApiError('validation', refusal.message, [{ field: 'startsAt', message: refusal.message }])
    case 'slot-full': return new ApiError('conflict', refusal.message, [{ field: 'startsAt', message: refusal.message }])
    case 'quota': return new ApiError('conflict', refusal.message, [{ field: 'serviceId', message: refusal.message }])
    default: return new ApiError('conflict', refusal.message)
  }
}

/** Runs a call to the core, turning its refusals into the API's errors. */
export async function refused<T>(work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (error) {
    if (error instanceof BookingRefused) throw refusalToApiError(error)
    throw error
  }
}

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null)

/** A booking as the API writes it. */
export function bookingToJson(b: BookingView): BookingJson {
  return {
    id: Number(b.id), code: b.code, status: b.status, statusLabel: statusLabel.get(b.status) ?? b.status,
    startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), day: romeDay(b.startsAt), time: romeTime(b.startsAt),
    calendar: { id: Number(b.calendar.id), name: b.calendar.name },
    office: { id: Number(b.office.id), title: b.office.title, slug: b.office.slug ?? null, address: b.office.address ?? null },
    service: b.service ? { id: Number(b.service.id), title: b.service.title, slug: b.service.slug ?? null } : null,
    reason: b.reason ?? null,
    applicant: { givenName: b.applicant.givenName, familyName: b.applicant.familyName, fiscalCode: b.applicant.fiscalCode ?? null, email: b.applicant.email ?? null, phone: b.applicant.phone ?? null },
    channel: b.channel, changeableUntil: iso(b.changeableUntil), holdUntil: iso(b.holdUntil),
  }
}

const slotToJson = (s: { startsAt: Date; endsAt: Date; day: string; time: string; capacity: number; free: number }) => ({ ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })

export const listCalendars = async ({ appointments }: AppointmentDeps, query: { servizio?: number | string; ufficio?: number | string }) =>
  (await appointments.calendars({ service: query.servizio, office: query.ufficio })).map((c) => ({
    ...c, id: Number(c.id), office: { ...c.office, id: Number(c.office.id) }, services: c.services.map((s) => ({ ...s, id: Number(s.id) })),
  }))

export async function monthOfCalendar({ appointments }: AppointmentDeps, calendarId: number, month: string, now?: Date) {
  return { calendarId, month, days: await refused(appointments.month(calendarId, month, now)) }
}

export async function dayOfCalendar({ appointments }: AppointmentDeps, calendarId: number, day: string, now?: Date) {
  return { calendarId, day, slots: (await refused(appointments.day(calendarId, day, now))).map(slotToJson) }
}

const monthNames = ['Gennaio', 'Febbraio', 'Marzo', 'Aprile', 'Maggio', 'Giugno', 'Luglio', 'Agosto', 'Settembre', 'Ottobre', 'Novembre', 'Dicembre']
const weekdayNames = ['Lunedì', 'Martedì', 'Mercoledì', 'Giovedì', 'Venerdì', 'Sabato', 'Domenica']

/** "Giovedì 11 Marzo 2027 ore 10:00", as the model's radio list writes a free time. */
export function slotLabel(day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7
  return `${weekdayNames[weekday]} ${d} ${monthNames[m! - 1]} ${y} ore ${time}`
}

const nextMonth = (month: string) => addDays(`${month}-28`, 7).slice(0, 7)

/**
 * The free times in the shape of the model's page "Prenotazione appuntamento"
 * (italia/design-comuni-pagine-statiche, src/handlebars-json/prenotazione-appuntamento.json:
 * `appuntamenti-disponibili` with the month `select` and the `radio-list` of times, each
 * `{ label, id }`). The months are those from today to the calendar's horizon; the list is the
 * chosen month's free times (without a choice, the first month that has any); `id` is the slot's
 * start, what POST /api/appuntamenti/prenotazioni takes as startsAt.
 */
export async function availableAppointments({ appointments }: AppointmentDeps, calendarId: number, month: string | undefined, now: Date = new Date()): Promise<AvailableAppointments> {
  const last = (await refused(appointments.lastDay(calendarId, now))).slice(0, 7)
  const months: string[] = []
  for (let m = romeDay(now).slice(0, 7); m <= last && months.length < 14; m = nextMonth(m)) months.push(m)
  if (month && !months.includes(month)) throw new ApiError('validation', 'Il mese scelto non è tra quelli prenotabili.', [{ field: 'mese', message: 'Il mese scelto non è tra quelli prenotabili.' }])
  let chosen = month ?? months[0]!
  let slots = (await refused(appointments.monthSlots(calendarId, chosen, now))).slots.filter((s) => s.free > 0)
  for (let i = 1; !month && !slots.length && i < months.length; i++) {
    chosen = months[i]!
    slots = (await refused(appointments.monthSlots(calendarId, chosen, now))).slots.filter((s) => s.free > 0)
  }
  return {
    'appuntamenti-disponibili': {
      select: months.map((m) => ({ value: monthNames[Number(m.slice(5)) - 1]!, mese: m, selected: m === chosen })),
      'radio-list': slots.map((s) => ({ label: slotLabel(s.day, s.time), id: s.startsAt.toISOString() })),
    },
  }
}

/**
 * Books for the logged-in citizen (identity from SPID/CIE, read-only; contacts from the profile
 * unless given) or for a guest who gave name, surname and email (the email is then confirmed by a
 * link before the booking counts).
 */
export async function book({ appointments, citizens }: AppointmentDeps, citizenId: number | null, body: BookBody, now?: Date): Promise<{ booking: BookingJson; created: boolean }> {
  let applicant: BookingRequest['applicant']
  if (citizenId != null) {
    const citizen = await citizens.findById(citizenId)
    if (!citizen) throw new ApiError('unauthenticated')
    applicant = {
      kind: 'citizen', citizenId: citizen.id, fiscalCode: citizen.fiscalCode, givenName: citizen.givenName, familyName: citizen.familyName,
      email: body.email ?? citizen.contacts?.email ?? citizen.idpEmail ?? null, phone: body.phone ?? citizen.contacts?.phone ?? citizen.idpPhone ?? null,
    }
  } else {
    if (!body.applicant) {
      const message = 'Indica nome, cognome ed email di chi prenota, oppure accedi con SPID o CIE.'
      throw new ApiError('bad_request', message, [{ field: 'applicant', message }])
    }
    applicant = { kind: 'guest', givenName: body.applicant.givenName, familyName: body.applicant.familyName, email: body.applicant.email, phone: body.applicant.phone ?? null }
  }
  const { booking, created } = await refused(appointments.book({
    calendarId: body.calendarId, startsAt: new Date(body.startsAt), serviceId: body.serviceId ?? null, reason: body.reason ?? null,
    applicant, channel: 'online', requestKey: body.requestKey,
  }, now))
  return { booking: bookingToJson(booking), created }
}

const badLink = () => new ApiError('not_found', 'Il collegamento non è valido o è scaduto. Se hai la prenotazione, usa il codice o contatta l’ufficio.')

function linked({ appointments }: AppointmentDeps, token: string, purpose: 'gestisci' | 'conferma-email', now?: Date): Id {
  const id = appointments.verifyLink(token, purpose, now)
  if (id == null) throw badLink()
  return id
}

/** The guest opened the email link: the booking counts. */
export async function confirmByLink(deps: AppointmentDeps, token: string, now?: Date): Promise<BookingJson> {
  return bookingToJson(await refused(deps.appointments.confirmEmail(linked(deps, token, 'conferma-email', now), now)))
}

/** The booking a signed link opens. */
export async function readByLink(deps: AppointmentDeps, token: string, now?: Date): Promise<BookingJson> {
  const booking = await deps.appointments.read(linked(deps, token, 'gestisci', now), now)
  if (!booking) throw badLink()
  return bookingToJson(booking)
}

// The bearer of the link acts as the citizen: the cut-off applies.
const linkHolder: Actor = { type: 'cittadino', citizenId: null }

export async function moveByLink(deps: AppointmentDeps, token: string, startsAt: string, message?: string | null, now?: Date): Promise<BookingJson> {
  return bookingToJson(await refused(deps.appointments.move(linked(deps, token, 'gestisci', now), new Date(startsAt), linkHolder, message, now)))
}

export async function cancelByLink(deps: AppointmentDeps, token: string, message?: string | null, now?: Date): Promise<BookingJson> {
  return bookingToJson(await refused(deps.appointments.cancel(linked(deps, token, 'gestisci', now), linkHolder, message, now)))
}

/** The logged-in citizen's bookings, newest first. */
export async function myBookings({ appointments }: AppointmentDeps, citizenId: number, now?: Date): Promise<BookingJson[]> {
  return (await appointments.ofCitizen(citizenId, now)).map(bookingToJson)
}

/** One of the citizen's bookings; another's is not found (404), never forbidden. */
export async function myBooking({ appointments }: AppointmentDeps, citizenId: number, bookingId: number, now?: Date): Promise<BookingJson> {
  const booking = (await appointments.ofCitizen(citizenId, now)).find((b) => Number(b.id) === bookingId)
  if (!booking) throw new ApiError('not_found', 'La prenotazione non esiste.')
  return bookingToJson(booking)
}

export async function moveMine({ appointments }: AppointmentDeps, citizenId: number, bookingId: number, startsAt: string, message?: string | null, now?: Date): Promise<BookingJson> {
  return bookingToJson(await refused(appointments.move(bookingId, new Date(startsAt), { type: 'cittadino', citizenId }, message, now)))
}

export async function cancelMine({ appointments }: AppointmentDeps, citizenId: number, bookingId: number, message?: string | null, now?: Date): Promise<BookingJson> {
  return bookingToJson(await refused(appointments.cancel(bookingId, { type: 'cittadino', citizenId }, message, now)))
}
