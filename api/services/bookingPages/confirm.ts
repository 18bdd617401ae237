// The last screen of the flow, the guest's email check and the booking as a calendar file.
import { bookingToIcs } from '../../../cms/appointments/calendarFile'
import { BookingRefused } from '../../../cms/appointments/refusal'
import { bookingBase, type FlowDeps } from './flow'
import { manageMessages } from './manage'
import type { BookingPageView } from './view'

export type ConfirmOutcome = { status: 200 | 404 | 409; view: BookingPageView }

const notFound = (): ConfirmOutcome => ({ status: 404, view: { kind: 'errore', title: manageMessages.notFoundTitle, message: manageMessages.notFound } })

const confirmation = (deps: FlowDeps, booking: Awaited<ReturnType<FlowDeps['engine']['read']>> & object): ConfirmOutcome => {
  const token = deps.engine.token(booking.id, 'gestisci', booking.endsAt)
  const counts = booking.status === 'confermata' || booking.status === 'da-confermare'
  return {
    status: 200,
    view: {
      kind: 'conferma', booking, pendingEmail: booking.status === 'da-confermare',
      manageHref: `${bookingBase}gestisci/?t=${encodeURIComponent(token)}`,
      icsHref: counts ? `${bookingBase}appuntamento.ics?t=${encodeURIComponent(token)}` : null,
    },
  }
}

/** "Conferma" right after booking: the redirect carries the booking's signed manage link. */
export async function confirmationScreen(deps: FlowDeps, token: string): Promise<ConfirmOutcome> {
  const id = token ? deps.engine.verify(token, 'gestisci') : null
  const booking = id == null ? null : await deps.engine.read(id)
  return booking ? confirmation(deps, booking) : notFound()
}

export const confirmMessages = {
  expiredTitle: 'Prenotazione non più valida',
}

/** The link of the guest's email: the booking counts from now on (idempotent), then the same "Conferma". */
export async function confirmEmailScreen(deps: FlowDeps, token: string): Promise<ConfirmOutcome> {
  const id = token ? deps.engine.verify(token, 'conferma-email') : null
  if (id == null) return notFound()
  try {
    return confirmation(deps, await deps.engine.confirmEmail(id, deps.now?.()))
  } catch (error) {
    if (!(error instanceof BookingRefused)) throw error
    if (error.code === 'not-found') return notFound()
    return { status: 409, view: { kind: 'errore', title: confirmMessages.expiredTitle, message: error.message } }
  }
}

/** The booking as an iCalendar file, for "Aggiungi al calendario"; null when the link is not valid. */
export async function bookingIcs(deps: FlowDeps, token: string, publicUrl: URL): Promise<{ name: string; body: string } | null> {
  const id = token ? deps.engine.verify(token, 'gestisci') : null
  const booking = id == null ? null : await deps.engine.read(id)
  if (!booking || !['confermata', 'da-confermare'].includes(booking.status)) return null
  // The same event (UID, SEQUENCE) the emails carry: a later move or cancellation updates this one.
  const value = bookingToIcs(booking, {
    method: 'PUBLISH', sequence: booking.version ?? 0, host: publicUrl.hostname,
    manageUrl: new URL(`${bookingBase}gestisci/?t=${encodeURIComponent(token)}`, publicUrl).href,
  })
  return { name: `appuntamento-${booking.code}.ics`, body: value }
}
