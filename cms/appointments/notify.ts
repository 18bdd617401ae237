import type { Payload } from 'payload'

import { fromToSender, type MailAttachment } from '../notifications/mailer'
import { citizenToRecipient, type AppointmentNotificationKind, type Notification, type Recipient } from '../notifications/notification'
import { payloadMailer } from '../notifications/payloadEmail'
import { appointmentToInboxEntry, notificationToLetter } from '../notifications/templates'
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
async function calendarAttachment(payload: Payload, change: BookingChange, publicUrl: URL, version: number): Promise<MailAttachment | null> {
  if (change.kind !== 'confirmed' && change.kind !== 'moved' && change.kind !== 'cancelled') return null
  const method = change.kind === 'cancelled' ? 'CANCEL' : 'REQUEST'
  const sender = fromToSender(settingsOf(payload).mailFrom)
  const content = bookingToIcs(change.booking, {
    method,
    // The booking's version grows with every change (move, cancellation): the citizen's calendar
    // replaces (or removes) the event it holds instead of adding another.
    sequence: version,
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

/** Who reads about a booking: the applicant at the booking's email (else a logged-in citizen's own), their citizen record, the booking's version. */
type Audience = { recipient: Recipient; citizenId: number | null; version: number }

async function audienceOf(payload: Payload, booking: BookingView): Promise<Audience> {
  const citizenId = (booking.citizenId ?? null) as number | null
  const { givenName, familyName, email } = booking.applicant
  let address = email ?? null
  if (!address && citizenId) {
    const citizen = await payload.findByID({ collection: 'citizens', id: citizenId, depth: 0, disableErrors: true })
    address = citizen ? citizenToRecipient(citizen).email : null
  }
  return { recipient: { givenName, familyName, email: address }, citizenId, version: booking.version ?? 1 }
}

/**
 * Tells the citizen about a change to their booking, after the core's commit: the email (with the
 * .ics when the appointment is set, moved or cancelled) and, when they booked logged in, the same
 * message in the desk's "Messaggi" (the email check excepted: a citizen never gets one). Never
 * throws: the booking stands whatever the mail server does; a failure is logged with no personal data.
 */
export async function notifyBooking(payload: Payload, change: BookingChange): Promise<void> {
  let publicUrl: URL, notification: AppointmentNotification, audience: Audience
  try {
    publicUrl = new URL(settingsOf(payload).publicUrl)
    ;[notification, audience] = await Promise.all([changeToNotification(payload, change, publicUrl), audienceOf(payload, change.booking)])
  } catch (error) {
    return warn(payload, 'lettura dei dati per l’avviso', change, error)
  }
  const { recipient, citizenId, version } = audience

  if (citizenId && notification.kind !== 'appointment-email-check') {
    try {
      const { subject, body } = appointmentToInboxEntry(notification)
      await payload.create({ collection: 'citizen-messages', data: { citizen: citizenId, subject, body }, depth: 0 })
    } catch (error) {
      warn(payload, 'messaggio nell’area personale', change, error)
    }
  }

  if (!recipient.email) return
  try {
    const letter = notificationToLetter(notification, { recipient, publicUrl })
    const attachment = await calendarAttachment(payload, change, publicUrl, version).catch((error: unknown) => {
      warn(payload, 'file del calendario', change, error)
      return null
    })
    await payloadMailer(payload).send({ to: recipient.email, ...letter, ...(attachment ? { attachments: [attachment] } : {}) })
  } catch (error) {
    warn(payload, 'invio dell’email', change, error)
  }
}
