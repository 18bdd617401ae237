// The citizen's booking flow, one screen per step (Ufficio → Data e orario → Dettagli → Richiedente →
// Riepilogo → Conferma). The state travels in the query string and in hidden fields: every request
// checks every step up to the one asked for, and shows the first one that is not right, with its
// Italian messages. Nothing here needs JavaScript in the browser.
import { randomUUID } from 'node:crypto'

import type { Applicant, Id } from '../../../cms/appointments/contract'
import { BookingRefused } from '../../../cms/appointments/refusal'
import type { BookingEngineStore } from '../../data/bookingEngine'
import type { CitizenStore } from '../../data/citizens'
import type { ApplicantView, BookingPageView, CalendarChoice, FieldErrors, FlowState, FlowStep, MonthView, SlotChoice } from './view'
import { flowFields, flowSteps } from './view'

export const bookingBase = '/prenotazione-appuntamento/'
export const reasonMax = 200

/** What a screen of the flow comes to: a page with its HTTP status, or a redirect (after a booking). */
export type FlowOutcome = { status: 200 | 400 | 404 | 409 | 422; view: BookingPageView } | { redirect: string }

export type FlowDeps = { engine: BookingEngineStore; citizens: CitizenStore; now?: () => Date }

const romeDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' })
/** Today in Europe/Rome, 'YYYY-MM-DD'. */
export const dayInRome = (date: Date) => romeDay.format(date)

/** 'YYYY-MM' moved by `by` months. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/
const dayPattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const phonePattern = /^\+?[0-9][0-9 .()-]{5,19}$/
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Only the flow's own fields, trimmed, each a short string. */
export function readState(input: Record<string, unknown>): FlowState {
  const state: FlowState = {}
  for (const field of flowFields) {
    const value = input[field]
    if (typeof value === 'string' && value.trim() !== '') state[field] = value.trim().slice(0, field === 'testo' ? 1000 : 200)
  }
  return state
}

export const messages = {
  calendario: 'Scegli l’ufficio presso cui prenotare.',
  noCalendar: 'L’ufficio scelto non riceve più su appuntamento: scegline un altro.',
  giorno: 'Scegli un giorno con posti liberi.',
  ora: 'Scegli un orario.',
  oraGone: 'L’orario scelto non è più disponibile: scegline un altro.',
  motivo: 'Indica il motivo dell’appuntamento.',
  testo: 'Descrivi il motivo dell’appuntamento.',
  testoLong: `Il motivo può essere lungo al massimo ${reasonMax} caratteri.`,
  nome: 'Scrivi il tuo nome.',
  cognome: 'Scrivi il tuo cognome.',
  email: 'Scrivi il tuo indirizzo email: ti manderemo il link per confermare la prenotazione.',
  emailInvalid: 'Scrivi un indirizzo email valido, per esempio nome@esempio.it.',
  telefono: 'Scrivi un numero di telefono valido, per esempio 333 1234567.',
  requestKey: 'La richiesta non è valida: controlla il riepilogo e conferma di nuovo.',
}

/** The calendars one may book, as the pages show them (ids as strings). */
async function calendarChoices(engine: BookingEngineStore): Promise<CalendarChoice[]> {
  const calendars = await engine.calendars()
  return calendars.map((c) => ({
    id: String(c.id), name: c.name, office: { title: c.office.title, slug: c.office.slug ?? null, address: c.office.address ?? null },
    services: c.services.map((s) => ({ id: String(s.id), title: s.title, slug: s.slug ?? null })), cutoffHours: c.cutoffHours,
    horizonDays: c.horizonDays,
  }))
}

/** The month view of a calendar: the asked month (or the first with free places), within today … horizon. */
export async function monthOf(engine: BookingEngineStore, calendar: CalendarChoice, asked: string | undefined, now: Date): Promise<MonthView> {
  const first = dayInRome(now).slice(0, 7)
  const last = dayInRome(new Date(now.getTime() + calendar.horizonDays * 86_400_000)).slice(0, 7)
  let month = asked && monthPattern.test(asked) && asked >= first && asked <= last ? asked : first
  let days = await engine.month(calendar.id, month, now)
  // Without a month asked for, open on the first one with a free place.
  while (!asked && month < last && !days.some((d) => d.open && d.free > 0)) {
    month = shiftMonth(month, 1)
    days = await engine.month(calendar.id, month, now)
  }
  return { month, days, previous: month > first ? shiftMonth(month, -1) : undefined, next: month < last ? shiftMonth(month, 1) : undefined }
}

/** The free slots of a day, as radio choices. */
export async function slotsOf(engine: BookingEngineStore, calendarId: Id, day: string, now: Date, evenFull = false): Promise<SlotChoice[]> {
  if (!dayPattern.test(day)) return []
  const slots = await engine.slots(calendarId, day, now)
  return slots.filter((s) => evenFull || s.free > 0).map((s) => ({ value: s.startsAt.toISOString(), startsAt: s.startsAt, endsAt: s.endsAt, free: s.free }))
}

/** The logged-in citizen's identity and contacts, or null. */
async function citizenOf(citizens: CitizenStore, citizenId: number | string | null): Promise<(ApplicantView & { id: number | string; fiscalCode: string }) | null> {
  if (citizenId == null) return null
  const c = await citizens.findById(citizenId)
  if (!c) return null
  return { id: c.id, givenName: c.givenName, familyName: c.familyName, fiscalCode: c.fiscalCode, email: c.contacts?.email ?? c.idpEmail ?? null, phone: c.contacts?.phone ?? c.idpPhone ?? null }
}

/** The reason as the summary and the booking say it: the service's title, or the citizen's words. */
function reasonOf(calendar: CalendarChoice, state: FlowState): { text: string; serviceId: string | null } {
  if (state.motivo?.startsWith('servizio:')) {
    const service = calendar.services.find((s) => s.id === state.motivo!.slice('servizio:'.length))
    if (service) return { text: service.title, serviceId: service.id }
  }
  return { text: state.testo ?? '', serviceId: null }
}

function checkReason(calendar: CalendarChoice, state: FlowState): FieldErrors {
  if (state.motivo?.startsWith('servizio:')) {
    return calendar.services.some((s) => `servizio:${s.id}` === state.motivo) ? {} : { motivo: messages.motivo }
  }
  if (calendar.services.length > 0 && state.motivo !== 'altro') return { motivo: messages.motivo }
  if (!state.testo) return { testo: messages.testo }
  if (state.testo.length > reasonMax) return { testo: messages.testoLong }
  return {}
}

function checkApplicant(state: FlowState, citizen: ApplicantView | null): FieldErrors {
  const errors: FieldErrors = {}
  if (!citizen) {
    if (!state.nome) errors.nome = messages.nome
    if (!state.cognome) errors.cognome = messages.cognome
    if (!state.email) errors.email = messages.email
  }
  if (state.email && !emailPattern.test(state.email)) errors.email = messages.emailInvalid
  if (state.telefono && !phonePattern.test(state.telefono)) errors.telefono = messages.telefono
  return errors
}

const has = (errors: FieldErrors) => Object.keys(errors).length > 0

/**
 * The screen for `step` (GET), after checking every earlier step. `from` is the step whose form was
 * just sent: its problems are shown as field errors; an earlier step that is no longer right (a slot
 * taken meanwhile) is shown with a notice.
 */
export async function flowScreen(
  deps: FlowDeps,
  input: { state: FlowState; step?: string; citizenId: number | string | null; returnTo: string; /** Booking: a full slot is the engine's to refuse (a double click finds its own booking there). */ booking?: boolean },
): Promise<FlowOutcome> {
  const { engine } = deps
  const now = deps.now?.() ?? new Date()
  const state = input.state
  const asked: FlowStep = (flowSteps as readonly string[]).includes(input.step ?? '') ? (input.step as FlowStep) : state.calendario ? 'data' : 'ufficio'
  const askedIndex = flowSteps.indexOf(asked)
  const from = flowSteps[askedIndex - 1]

  // 1. Ufficio
  const all = await calendarChoices(engine)
  const service = state.servizio ? all.flatMap((c) => c.services).find((s) => s.slug === state.servizio) : undefined
  // A service asked for: only the offices serving it (none when no calendar serves it).
  const offered = state.servizio ? all.filter((c) => service && c.services.some((s) => s.id === service.id)) : all
  const calendar = offered.find((c) => c.id === state.calendario)
  const officeStep = (status: 200 | 400 | 404 | 409, errors: FieldErrors, notice?: string): FlowOutcome => ({
    status, view: { kind: 'ufficio', state, errors, notice, calendars: offered, service: service ? { title: service.title, slug: service.slug ?? '' } : null },
  })
  if (askedIndex === 0 || !calendar) {
    if (askedIndex === 0) return officeStep(200, {})
    if (!state.calendario) return officeStep(400, { calendario: messages.calendario })
    return officeStep(from === 'ufficio' ? 400 : 409, { calendario: messages.noCalendar })
  }
  if (service && !state.motivo) state.motivo = `servizio:${service.id}`

  // 2. Data e orario
  const dataStep = async (status: 200 | 400 | 409, errors: FieldErrors, notice?: string): Promise<FlowOutcome> => {
    const month = await monthOf(engine, calendar, state.mese ?? state.giorno?.slice(0, 7), now)
    const day = state.giorno && dayPattern.test(state.giorno) ? state.giorno : undefined
    const slots = day ? await slotsOf(engine, calendar.id, day, now) : undefined
    return { status, view: { kind: 'data', state, errors, notice, calendar, month, day, slots } }
  }
  if (askedIndex === 1) return dataStep(200, {})
  if (!state.giorno || !dayPattern.test(state.giorno)) return dataStep(400, { giorno: messages.giorno })
  if (!state.ora) return dataStep(400, { ora: messages.ora })
  const slot = (await slotsOf(engine, calendar.id, state.giorno, now, input.booking)).find((s) => s.value === state.ora)
  // Taken meanwhile: back to the choice, with a notice (a field error only when this was the form just sent).
  if (!slot) return from === 'data' ? dataStep(400, { ora: messages.oraGone }) : dataStep(409, {}, messages.oraGone)

  // 3. Dettagli
  if (askedIndex === 2) return { status: 200, view: { kind: 'dettagli', state, errors: {}, calendar, slot } }
  const reasonErrors = checkReason(calendar, state)
  if (has(reasonErrors)) return { status: 400, view: { kind: 'dettagli', state, errors: reasonErrors, calendar, slot } }

  // 4. Richiedente
  const citizen = await citizenOf(deps.citizens, input.citizenId)
  if (citizen && askedIndex === 3) {
    state.email ??= citizen.email ?? undefined
    state.telefono ??= citizen.phone ?? undefined
  }
  const loginUrl = `/api/auth/login?ritorno=${encodeURIComponent(input.returnTo)}`
  if (askedIndex === 3) return { status: 200, view: { kind: 'richiedente', state, errors: {}, calendar, slot, citizen, loginUrl } }
  const applicantErrors = checkApplicant(state, citizen)
  if (has(applicantErrors)) return { status: 400, view: { kind: 'richiedente', state, errors: applicantErrors, calendar, slot, citizen, loginUrl } }

  // 5. Riepilogo
  const applicant: ApplicantView = citizen
    ? { givenName: citizen.givenName, familyName: citizen.familyName, fiscalCode: citizen.fiscalCode, email: state.email ?? null, phone: state.telefono ?? null }
    : { givenName: state.nome!, familyName: state.cognome!, email: state.email!, phone: state.telefono ?? null }
  return {
    status: 200,
    view: { kind: 'riepilogo', state, errors: {}, calendar, slot, reason: reasonOf(calendar, state).text, applicant, citizen: Boolean(citizen), requestKey: randomUUID() },
  }
}

/**
 * "Conferma" on the summary (POST): checks everything again, books with the form's request key (a
 * double click makes one booking) and sends the citizen to the confirmation. A refusal of the engine
 * (slot taken meanwhile, quota, cut-off) goes back to the choice of the slot with its message.
 */
export async function bookFromSummary(deps: FlowDeps, input: { state: FlowState; requestKey: string; citizenId: number | string | null; returnTo: string }): Promise<FlowOutcome> {
  const checked = await flowScreen(deps, { state: input.state, step: 'riepilogo', citizenId: input.citizenId, returnTo: input.returnTo, booking: true })
  if ('redirect' in checked || checked.view.kind !== 'riepilogo') return checked
  const view = checked.view
  if (!uuidPattern.test(input.requestKey)) return { status: 400, view: { ...view, errors: { requestKey: messages.requestKey } } }
  const citizen = input.citizenId != null ? await citizenOf(deps.citizens, input.citizenId) : null
  const state = input.state
  const reason = reasonOf(view.calendar, state)
  const applicant: Applicant = citizen
    ? { kind: 'citizen', citizenId: citizen.id, fiscalCode: citizen.fiscalCode, givenName: citizen.givenName, familyName: citizen.familyName, email: state.email ?? null, phone: state.telefono ?? null }
    : { kind: 'guest', givenName: state.nome!, familyName: state.cognome!, email: state.email!, phone: state.telefono ?? null }
  try {
    const { booking } = await deps.engine.book({
      calendarId: idOf(view.calendar.id), startsAt: view.slot.startsAt, serviceId: reason.serviceId ? idOf(reason.serviceId) : null,
      reason: reason.text, applicant, channel: 'online', requestKey: input.requestKey.toLowerCase(),
    }, deps.now?.())
    return { redirect: `${bookingBase}conferma/?t=${encodeURIComponent(deps.engine.token(booking.id, 'gestisci', booking.endsAt))}` }
  } catch (error) {
    if (!(error instanceof BookingRefused)) throw error
    if (error.code === 'invalid') return { status: 400, view: { ...view, errors: { requestKey: error.message } } }
    // Back to the choice of the slot, with the engine's own words.
    const back = await flowScreen(deps, { state: { ...state, ora: undefined }, step: 'data', citizenId: input.citizenId, returnTo: input.returnTo })
    if ('redirect' in back || back.view.kind !== 'data') return back
    return { status: 409, view: { ...back.view, notice: error.message } }
  }
}

/** Ids come back as the database gives them: numbers for SQLite and PostgreSQL serials. */
export const idOf = (id: string): Id => (/^\d+$/.test(id) ? Number(id) : id)
