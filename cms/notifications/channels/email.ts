import type { Payload } from 'payload'

import type { MailAttachment } from '../mailer'
import type { Notification, RenderContext } from '../notification'
import { payloadMailer } from '../payloadEmail'
import { notificationToLetter } from '../templates'
import type { DeliveryOutcome } from './channel'

/**
 * Why an SMTP attempt failed, without the address (a server's reply may quote it): a 5xx reply is
 * final (mailbox unknown, refused), a 4xx or a connection error is worth another try.
 */
export function smtpErrorToOutcome(error: unknown): DeliveryOutcome {
  const { responseCode, code, name } = (error ?? {}) as { responseCode?: number; code?: string; name?: string }
  if (typeof responseCode === 'number') return { outcome: 'failed', reason: `Il server di posta ha risposto ${responseCode}`, retryable: responseCode < 500 }
  return { outcome: 'failed', reason: `Server di posta non raggiungibile (${code ?? name ?? 'errore'})`, retryable: true }
}

/** Sends a notification's letter (with its attachments, e.g. an appointment's .ics) to the context's recipient. */
export async function sendLetter(payload: Payload, notification: Notification, context: RenderContext, attachments: MailAttachment[] = []): Promise<DeliveryOutcome> {
  const to = context.recipient.email
  if (!to) return { outcome: 'skipped', reason: 'Nessun indirizzo email' }
  try {
    const letter = notificationToLetter(notification, context)
    await payloadMailer(payload).send({ to, ...letter, ...(attachments.length ? { attachments } : {}) })
    return { outcome: 'sent' }
  } catch (error) {
    return smtpErrorToOutcome(error)
  }
}
