import type { IoMessage, IoPaymentData, PushMessage } from './channels/channel'
import { deepLinkOf } from './deepLink'
import type { InboxEntry, Notification, RenderContext } from './notification'
import { notificationToInboxEntry } from './templates'

/** IO's limits (io-functions-services NewMessage): subject 10–120 characters, Markdown 80–10000. */
export const ioLimits = { subject: [10, 120], markdown: [80, 10_000] } as const
/** Past these a browser's notification is cut anyway: the title and body stay short, the link says the rest. */
export const pushLimits = { title: 80, body: 160 } as const

/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const flat = text.trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** What the notification says, as its desk entry: the email confirmation has none, so it says so itself. */
function entryOf(notification: Notification): InboxEntry {
  if (notification.kind === 'email-confirmation') return { subject: 'Conferma il tuo indirizzo email', body: 'Per usare questo indirizzo per le comunicazioni del Comune, confermalo con il link che ti abbiamo inviato per email.' }
  return notificationToInboxEntry(notification)
}

/** A tag per subject, so a newer push about the same application, booking or notice replaces the older one. */
function tagOf(notification: Notification): string {
  const { data } = notification
  const ref = 'protocolNumber' in data ? data.protocolNumber : 'noticeNumber' in data ? data.noticeNumber : 'code' in data ? data.code : ''
  return ref ? `${notification.kind}:${ref}` : notification.kind
}

/** A notification as a web push message: the entry's subject as title, its first lines as body, the desk page it is about. */
export function renderPush(notification: Notification, context: RenderContext): PushMessage {
  const { subject, body } = entryOf(notification)
  return { title: clip(subject, pushLimits.title), body: clip(body.replace(/\s*\n+\s*/g, ' '), pushLimits.body), url: deepLinkOf(notification, context.publicUrl).href, tag: tagOf(notification) }
}

/** Markdown's own characters in free text (an operator's message) are shown, not obeyed. */
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1')

/** The pagoPA notice an IO payment message carries, and the date IO reminds the citizen of. */
function ioExtras(notification: Notification): Pick<IoMessage, 'dueDate' | 'paymentData'> {
  if (notification.kind === 'payment-due') {
    const { amountCents, noticeNumber, payeeFiscalCode, dueDate } = notification.data
    const paymentData: IoPaymentData = { amountCents, noticeNumber, payeeFiscalCode, invalidAfterDueDate: false }
    return { paymentData, ...(dueDate ? { dueDate: new Date(dueDate).toISOString() } : {}) }
  }
  if (notification.kind === 'appointment-confirmed' || notification.kind === 'appointment-moved' || notification.kind === 'appointment-reminder') return { dueDate: new Date(notification.data.startsAt).toISOString() }
  return {}
}

/** A notification as an IO message: subject 10–120 characters, Markdown 80–10000 with the link to the desk, the pagoPA notice for a payment. */
export function renderIo(notification: Notification, context: RenderContext): IoMessage {
  const { subject, body } = entryOf(notification)
  const link = deepLinkOf(notification, context.publicUrl)
  const footer = `\n\n[Apri nello Sportello del Comune di Brindisi](${link.href})\n\nMessaggio inviato dal Comune di Brindisi tramite lo Sportello telematico.`
  const text = escapeMarkdown(body).split(/\n{2,}/).join('\n\n')
  const markdown = `${clip(text, ioLimits.markdown[1] - footer.length)}${footer}`
  const title = subject.length < ioLimits.subject[0] ? `${subject} — Comune di Brindisi` : subject
  return { subject: clip(title, ioLimits.subject[1]), markdown, ...ioExtras(notification) }
}
