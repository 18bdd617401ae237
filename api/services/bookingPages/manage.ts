// A booking seen by its citizen: from the signed link of the emails (?t=…), or from the desk by its id
// when the logged-in citizen owns it (another's is "not found"). "Sposta" offers the free slots of the
// same calendar, "Annulla" asks once more; both only up to the calendar's cut-off.
import type { BookingView, Id } from '../../../cms/appointments/contract'
import { BookingRefused } from '../../../cms/appointments/refusal'
import { bookingBase, idOf, monthOf, slotsOf, type FlowDeps } from './flow'
import type { BookingPageView, CalendarChoice } from './view'

export type ManageOutcome = { status: 200 | 400 | 404 | 409; view: BookingPageView } | { redirect: string }
export type ManageAccess = { t?: string; id?: string }

const changeableStatuses = new Set(['da-confermare', 'confermata'])

export const manageMessages = {
  notFound: 'La prenotazione non esiste o il collegamento non è valido. Apri il link dall’ultima email ricevuta o accedi all’area personale.',
  notFoundTitle: 'Prenotazione non trovata',
  ora: 'Scegli il nuovo orario.',
  oraGone: 'L’orario scelto non è più disponibile: scegline un altro.',
}

/** The booking a link or a desk id leads to, or null when neither proves the right to see it. */
export async function bookingFor(deps: FlowDeps, access: ManageAccess, citizenId: number | string | null): Promise<BookingView | null> {
  if (access.t) {
    const id = deps.engine.verify(access.t, 'gestisci')
    return id == null ? null : deps.engine.read(id)
  }
  if (access.id && /^\d+$|^[0-9a-f]{24}$/i.test(access.id) && citizenId != null) {
    const own = await deps.engine.ofCitizen(citizenId)
    return own.find((b) => String(b.id) === access.id) ?? null
  }
  return null
}

export const manageHref = (access: ManageAccess, extra: Record<string, string> = {}) =>
  `${bookingBase}gestisci/?${new URLSearchParams({ ...(access.t ? { t: access.t } : { id: access.id ?? '' }), ...extra })}`

export const isChangeable = (booking: BookingView, now: Date) =>
  changeableStatuses.has(booking.status) && booking.changeableUntil != null && booking.changeableUntil.getTime() > now.getTime()

const notFound = (): ManageOutcome => ({ status: 404, view: { kind: 'errore', title: manageMessages.notFoundTitle, message: manageMessages.notFound } })

/** The manage screen (GET): the booking, or the slots to move it to, or the question before cancelling. */
export async function manageScreen(
  deps: FlowDeps,
  input: { access: ManageAccess; citizenId: number | string | null; action?: string; outcome?: string; mese?: string; giorno?: string; notice?: string; errors?: Record<string, string> },
): Promise<ManageOutcome> {
  const now = deps.now?.() ?? new Date()
  const booking = await bookingFor(deps, input.access, input.citizenId)
  if (!booking) return notFound()
  const access = input.access.t ? { t: input.access.t } : { id: String(booking.id) }
  const changeable = isChangeable(booking, now)
  const action = changeable && (input.action === 'sposta' || input.action === 'annulla') ? input.action : 'vedi'
  const outcome = input.outcome === 'spostata' || input.outcome === 'annullata' ? input.outcome : undefined
  const icsHref = changeableStatuses.has(booking.status) && input.access.t ? `${bookingBase}appuntamento.ics?t=${encodeURIComponent(input.access.t)}` : null
  const view: Extract<BookingPageView, { kind: 'gestisci' }> = { kind: 'gestisci', booking, access, action, outcome, changeable, icsHref, errors: input.errors ?? {}, notice: input.notice }
  if (action === 'sposta') {
    const calendar = await calendarOf(deps, booking.calendar.id)
    if (calendar) {
      view.month = await monthOf(deps.engine, calendar, input.mese ?? input.giorno?.slice(0, 7), now)
      if (input.giorno) {
        view.day = input.giorno
        view.slots = (await slotsOf(deps.engine, calendar.id, input.giorno, now)).filter((s) => s.startsAt.getTime() !== booking.startsAt.getTime())
      }
    }
  }
  return { status: input.errors && Object.keys(input.errors).length ? 400 : input.notice ? 409 : 200, view }
}

async function calendarOf(deps: FlowDeps, calendarId: Id): Promise<CalendarChoice | null> {
  const c = (await deps.engine.calendars()).find((x) => String(x.id) === String(calendarId))
  return c ? {
    id: String(c.id), name: c.name, office: { title: c.office.title, slug: c.office.slug ?? null, address: c.office.address ?? null },
    services: c.services.map((s) => ({ id: String(s.id), title: s.title, slug: s.slug ?? null })), cutoffHours: c.cutoffHours, horizonDays: c.horizonDays,
  } : null
}

/** "Sposta" or "Annulla" (POST): the engine decides (cut-off, slot taken); a refusal shows its Italian message. */
export async function manageAction(
  deps: FlowDeps,
  input: { access: ManageAccess; citizenId: number | string | null; action: string; ora?: string; giorno?: string; mese?: string },
): Promise<ManageOutcome> {
  const booking = await bookingFor(deps, input.access, input.citizenId)
  if (!booking) return notFound()
  const access = input.access.t ? { t: input.access.t } : { id: String(booking.id) }
  const actor = { type: 'cittadino' as const, citizenId: input.citizenId }
  const again = (extra: { notice?: string; errors?: Record<string, string> }) =>
    manageScreen(deps, { access, citizenId: input.citizenId, action: input.action, giorno: input.giorno, mese: input.mese, ...extra })
  try {
    if (input.action === 'annulla') {
      await deps.engine.cancel(booking.id, actor, deps.now?.())
      return { redirect: manageHref(access, { esito: 'annullata' }) }
    }
    if (input.action === 'sposta') {
      const startsAt = input.ora ? new Date(input.ora) : null
      if (!startsAt || Number.isNaN(startsAt.getTime())) return again({ errors: { ora: manageMessages.ora } })
      const moved = await deps.engine.move(booking.id, startsAt, actor, deps.now?.())
      // The link lasts until the appointment's end: after a move, a fresh one for the new time.
      const next = access.t ? { t: deps.engine.token(moved.id, 'gestisci', moved.endsAt) } : access
      return { redirect: manageHref(next, { esito: 'spostata' }) }
    }
    return { status: 400, view: { kind: 'errore', title: manageMessages.notFoundTitle, message: manageMessages.notFound } }
  } catch (error) {
    if (!(error instanceof BookingRefused)) throw error
    if (error.code === 'not-found') return notFound()
    return again({ notice: error.message })
  }
}

export { idOf }
