import type { IoMessage, PushMessage } from './channels/channel'
import type { Notification, RenderContext } from './notification'
import { notificationToLetter } from './templates'

// SKELETON (issue 17): the first cut reuses the letter; the notifications core replaces it with the
// templates' own push and IO renderings (short push text and link, IO Markdown and pagoPA notice).

/** A notification as a web push message. */
export function renderPush(notification: Notification, context: RenderContext): PushMessage {
  const letter = notificationToLetter(notification, context)
  return { title: letter.subject, body: letter.text.slice(0, 180), url: new URL('/area-personale/messaggi/', context.publicUrl).href, tag: notification.kind }
}

/** A notification as an IO message. */
export function renderIo(notification: Notification, context: RenderContext): IoMessage {
  const letter = notificationToLetter(notification, context)
  return { subject: letter.subject.slice(0, 120), markdown: letter.text }
}
