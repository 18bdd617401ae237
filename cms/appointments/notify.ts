import type { Payload } from 'payload'

import { dispatchNotification } from '../notifications/dispatch'
import { fromToSender } from '../notifications/mailer'
import type { AppointmentNotificationKind, Notification } from '../notifications/notification'
import type { StoredAttachment } from '../notifications/delivery/queue'
import { settingsOf } from '../settings/cmsSettings'
import { bookingToAppointmentRef } from './appointmentRef'
import { bookingToIcs } from './calendarFile'
import type { BookingChange, BookingView } from './contract'

type AppointmentNotification = Notification<AppointmentNotificationKind>

/** Where the citizen books again after a cancellation. */
const bookingStartUrl = (publicUrl: URL) => new URL('/prenotazione-appuntamento/', publicUrl).toString()

/** A change as the notification its template writes out. */
async function changeToNotification(payload: Payload, change: BookingChange, publicUrl: URL): Promise<AppointmentNotification> {
  const ref = await bookingToAppointmentRef(payload, change.booking)
  switch (change.kind) {
    case 'email-check':
      return { kind: 'appointment-email-check', data: { ...ref, confirmUrl: change.confirmUrl, holdUntil: change.booking.holdUntil ?? null } }
    case 'confirmed':
      return { kind: 'appointment-confirmed', data: { ...ref, manageUrl: change.manageUrl } }
    case 'moved':
      return { kind: 'appointment-moved', data: { ...ref, from: change.from, manageUrl: change.manageUrl, message: change.message } }
    case 'cancelled':
      return { kind: 'appointment-cancelled', data: { ...ref, by: change.by, message: change.message, bookAgainUrl: bookingStartUrl(publicUrl) } }
    case 'reminder':
      return { kind: 'appointment-reminder', data: { ...ref, manageUrl: change.manageUrl } }
  }
}

/** The .ics the email carries: a new or moved appointment, or the removal of a cancelled one. */
function calendarAttachment(payload: Payload, change: BookingChange, publicUrl: URL): StoredAttachment | null {
  if (change.kind !== 'confirmed' && change.kind !== 'moved' && change.kind !== 'cancelled') return null
  const method = change.kind === 'cancelled' ? 'CANCEL' : 'REQUEST'
  const sender = fromToSender(settingsOf(payload).mailFrom)
  const content = bookingToIcs(change.booking, {
    method,
    // The booking's version grows with every change (move, cancellation): the citizen's calendar
    // replaces (or removes) the event it holds instead of adding another.
    sequence: change.booking.version ?? 1,
    host: publicUrl.hostname,
    organizer: { name: sender.name || 'Comune di Brindisi', email: sender.address },
    manageUrl: 'manageUrl' in change ? change.manageUrl : null,
  })
  return { filename: method === 'CANCEL' ? 'appuntamento-annullato.ics' : 'appuntamento.ics', content, contentType: `text/calendar; charset=utf-8; method=${method}` }
}

/** Logs what went wrong without anything personal: the booking's id, the step, the error's code or class. */
function warn(payload: Payload, step: string, change: BookingChange, error: unknown) {
  const err = error as NodeJS.ErrnoException & { responseCode?: number }
  payload.logger.warn({ msg: `Prenotazione: ${step} non riuscito`, bookingId: change.booking.id, kind: change.kind, code: err?.code ?? err?.responseCode ?? err?.name ?? 'errore' })
}

/** The calendar file, or none when it cannot be written: the letter goes out anyway. */
function calendarFileOrNone(payload: Payload, change: BookingChange, publicUrl: URL): StoredAttachment | null {
  try {
    return calendarAttachment(payload, change, publicUrl)
  } catch (error) {
    warn(payload, 'file del calendario', change, error)
    return null
  }
}

/** The citizen record of a booking made logged in, or null for a guest's. */
async function citizenOf(payload: Payload, booking: BookingView) {
  const citizenId = (booking.citizenId ?? null) as number | null
  return citizenId ? payload.findByID({ collection: 'citizens', id: citizenId, depth: 0, disableErrors: true, overrideAccess: true }) : null
}

/**
 * Tells the applicant about a change to their booking, after the core's commit, through the one
 * dispatcher: the email (with the .ics when the appointment is set, moved or cancelled) at the
 * booking's address, and for a logged-in citizen the desk message and the channels they chose (an
 * email check is only ever an email). Never throws: the booking stands whatever happens; the queue
 * retries the deliveries, and a failure to queue them is logged with no personal data.
 */
export async function notifyBooking(payload: Payload, change: BookingChange): Promise<void> {
  try {
    const publicUrl = new URL(settingsOf(payload).publicUrl)
    const [notification, citizen] = await Promise.all([changeToNotification(payload, change, publicUrl), citizenOf(payload, change.booking)])
    const { givenName, familyName, email } = change.booking.applicant
    const attachments = [calendarFileOrNone(payload, change, publicUrl)].filter((file) => file !== null)
    const to = citizen ? { citizen, ...(email ? { email } : {}) } : { recipient: { givenName, familyName, email: email ?? null } }
    await dispatchNotification(payload, { notification, to, attachments, desk: notification.kind !== 'appointment-email-check' })
  } catch (error) {
    warn(payload, 'avviso', change, error)
  }
}
