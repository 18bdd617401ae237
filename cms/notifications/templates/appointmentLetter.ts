import { html } from 'hono/html'

import { htmlToString } from '../../htmlToString'
import type { AppointmentRef, InboxEntry, Letter, RenderContext } from '../notification'

/** A link in a letter: its label in HTML, "label: address" in plain text. */
export type LetterLink = { label: string; href: string }
/** One paragraph of a letter: lines of text and links. */
export type Paragraph = (string | LetterLink)[]

const zone = 'Europe/Rome'
const dayFormat = new Intl.DateTimeFormat('it-IT', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('it-IT', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** "giovedì 3 dicembre 2026" (Rome time), whatever the server's zone. */
export const appointmentDayToItalian = (at: Date): string => dayFormat.format(at)

/** "09:20" (Rome time, 24-hour). */
export const appointmentTimeToItalian = (at: Date): string => timeFormat.format(at)

/** "giovedì 3 dicembre 2026, ore 09:20" (Rome time): when an appointment is, as a letter says it. */
export const appointmentWhenToItalian = (at: Date): string => `${appointmentDayToItalian(at)}, ore ${appointmentTimeToItalian(at)}`

/** The sentence on moving or cancelling: until the office's cut-off, or no longer online. */
export const cutoffSentence = ({ changeableUntil }: Pick<AppointmentRef, 'changeableUntil'>): string =>
  changeableUntil
    ? `Puoi spostare o annullare l’appuntamento fino a ${appointmentWhenToItalian(changeableUntil)}.`
    : 'Non è più possibile spostarlo o annullarlo online: per qualsiasi necessità contatta l’ufficio.'

/** What identifies an appointment in every letter: code, when, where (with the map), what for and, when asked, what to bring. */
function detailsOf(ref: AppointmentRef, { bring }: { bring: boolean }): Paragraph[] {
  const where = [ref.office.title, ref.office.address].filter(Boolean).join(', ')
  const about: Paragraph = [`Codice della prenotazione: ${ref.code}`, `Quando: ${appointmentWhenToItalian(ref.startsAt)}`, `Dove: ${where}`]
  if (ref.office.mapUrl) about.push({ label: 'Mappa (OpenStreetMap)', href: ref.office.mapUrl })
  if (ref.service) about.push(`Servizio: ${ref.service}`)
  if (ref.reason && ref.reason !== ref.service) about.push(`Motivo: ${ref.reason}`)
  const paragraphs = [about]
  if (bring && ref.whatToBring) paragraphs.push(['Cosa portare:', ...ref.whatToBring.split('\n').filter((line) => line.trim() !== '')])
  return paragraphs
}

const lineToText = (line: string | LetterLink) => (typeof line === 'string' ? line : `${line.label}: ${line.href}`)
const lineToHtml = (line: string | LetterLink) => (typeof line === 'string' ? html`${line}` : html`<a href="${line.href}">${line.label}</a>`)
const paragraphToHtml = (paragraph: Paragraph) => html`<p>${paragraph.map((line, i) => (i === 0 ? lineToHtml(line) : html`<br>${lineToHtml(line)}`))}</p>`

/** A letter of paragraphs: plain text (links as "label: address") and HTML that escapes every value. */
export const paragraphsToLetter = (subject: string, paragraphs: Paragraph[]): Letter => ({
  subject,
  text: paragraphs.map((paragraph) => paragraph.map(lineToText).join('\n')).join('\n\n'),
  html: htmlToString(html`${paragraphs.map((paragraph) => html`${paragraphToHtml(paragraph)}\n`)}`),
})

/**
 * The email of an appointment: greeting, what happened (the desk message's text), the appointment's
 * details, what the citizen can do next, signature — in plain text and in HTML that escapes every value.
 */
export function appointmentLetter({ subject, body }: InboxEntry, ref: AppointmentRef, { recipient }: RenderContext, { after = [], bring = true }: { after?: Paragraph[]; bring?: boolean } = {}): Letter {
  const paragraphs: Paragraph[] = [
    [`Gentile ${recipient.givenName},`],
    ...body.split('\n\n').map((text): Paragraph => text.split('\n')),
    ...detailsOf(ref, { bring }),
    ...after,
    ['Comune di Brindisi — Sportello telematico'],
  ]
  return paragraphsToLetter(subject, paragraphs)
}
