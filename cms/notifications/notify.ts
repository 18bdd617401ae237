import type { Mailer } from './mailer'
import type { Notification, Recipient } from './notification'
import { notificationToLetter } from './templates'

/** Tells a citizen something, on every channel that reaches them. */
export type Notify = (citizen: Recipient, notification: Notification) => Promise<void>

/** What delivering needs: outgoing mail, and the portal's address for the links in letters. */
export type NotifyDeps = { mailer: Mailer; publicUrl: URL }

/**
 * A process's notify: each channel takes the notification's letter — email only for now, to the
 * citizen's address, skipped when they have none (App IO or push would send the same letter).
 * A failure reaches the caller, who decides whether what it was telling still stands.
 */
export function notifierOf({ mailer, publicUrl }: NotifyDeps): Notify {
  return async (citizen, notification) => {
    if (!citizen.email) return
    const letter = notificationToLetter(notification, { recipient: citizen, publicUrl })
    await mailer.send({ to: citizen.email, ...letter })
  }
}
