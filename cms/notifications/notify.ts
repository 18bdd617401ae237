import type { Mailer } from './mailer'
import type { Notification, Recipient } from './notification'
import { notificationToLetter } from './templates'

/** Sends a service email straight away (the email confirmation); everything else goes through dispatchNotification. */
export type Notify = (citizen: Recipient, notification: Notification) => Promise<void>

/** What delivering needs: outgoing mail, and the portal's address for the links in letters. */
export type NotifyDeps = { mailer: Mailer; publicUrl: URL }

/**
 * A process's notify, for the one message that is email only and answers the citizen's own click
 * (the email confirmation): the letter to the address, skipped when there is none. A failure
 * reaches the caller. Every other notification goes through the dispatcher and the queue (./dispatch.ts).
 */
export function notifierOf({ mailer, publicUrl }: NotifyDeps): Notify {
  return async (citizen, notification) => {
    if (!citizen.email) return
    const letter = notificationToLetter(notification, { recipient: citizen, publicUrl })
    await mailer.send({ to: citizen.email, ...letter })
  }
}
