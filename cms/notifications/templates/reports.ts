import { labelOf, reportCloseReasons, reportStatuses } from '../../reports/vocabulary'
import type { InboxEntry, NotificationData, RenderContext, ReportNotificationKind, ReportRef, Template } from '../notification'
import { paragraphsToLetter, type Paragraph } from './appointmentLetter'

type Data<K extends ReportNotificationKind> = NotificationData[K]
/** A report's or an assistance request's template: its letter, and its entry in a logged-in citizen's "Messaggi". */
export type ReportTemplate<D> = Template<D> & { inbox: (data: D) => InboxEntry }

const signature: Paragraph = ['Comune di Brindisi — Sportello telematico']
// Followers gave only an email: no name to greet them by.
const greeting = ({ recipient }: RenderContext): Paragraph => [recipient.givenName ? `Gentile ${recipient.givenName},` : 'Buongiorno,']
const about = (ref: ReportRef): Paragraph => [`Segnalazione ${ref.code}: ${ref.title}`, `Categoria: ${ref.category}`, { label: 'Pagina pubblica della segnalazione', href: ref.pageUrl }]
const stop = (unsubscribeUrl: string): Paragraph => ['Ricevi questa email perché segui la segnalazione.', { label: 'Non ricevere più aggiornamenti', href: unsubscribeUrl }]
const bodyOf = (body: string): Paragraph[] => body.split('\n\n').map((text) => text.split('\n'))

/** A template whose letter is its inbox entry, the report's details and what comes after. */
function reportTemplate<D extends ReportRef>(inbox: (data: D) => InboxEntry, after: (data: D) => Paragraph[]): ReportTemplate<D> {
  return {
    inbox,
    letter: (data, context) => {
      const { subject, body } = inbox(data)
      return paragraphsToLetter(subject, [greeting(context), ...bodyOf(body), about(data), ...after(data), signature])
    },
  }
}

/** Reported without SPID/CIE: nothing is public until the email is confirmed, within 7 days. */
export const reportEmailCheck = reportTemplate<Data<'report-email-check'>>(
  (data) => ({ subject: `Conferma la tua segnalazione ${data.code} — Comune di Brindisi`, body: 'Abbiamo ricevuto la tua segnalazione. Per pubblicarla e inviarla all’ufficio competente conferma il tuo indirizzo email entro 7 giorni: senza conferma la segnalazione non viene pubblicata.' }),
  (data) => [[{ label: 'Conferma la segnalazione', href: data.confirmUrl }], ['Se non hai inviato tu questa segnalazione, ignora questo messaggio.']],
)

/** The report is public and with the office: its page, and the emails that will follow. */
export const reportPublished = reportTemplate<Data<'report-published'>>(
  (data) => ({ subject: `La tua segnalazione ${data.code} è pubblicata`, body: 'La tua segnalazione è pubblicata ed è stata inviata all’ufficio competente. Ti scriveremo a ogni aggiornamento.' }),
  (data) => [stop(data.unsubscribeUrl)],
)

/** Someone asked to follow a report: the link that confirms their email. */
export const reportFollowCheck = reportTemplate<Data<'report-follow-check'>>(
  (data) => ({ subject: `Conferma per seguire la segnalazione ${data.code}`, body: 'Hai chiesto di ricevere gli aggiornamenti di questa segnalazione. Per iniziare conferma il tuo indirizzo email entro 7 giorni.' }),
  (data) => [[{ label: 'Conferma e segui la segnalazione', href: data.confirmUrl }], ['Se non sei stato tu, ignora questo messaggio: non riceverai altre email.']],
)

/** What the office did, in one paragraph. */
export function reportChangeToItalian({ change }: Pick<Data<'report-changed'>, 'change'>): string {
  switch (change.kind) {
    case 'status': {
      const reason = change.status === 'chiusa' && change.closeReason ? ` (${labelOf(reportCloseReasons, change.closeReason)})` : ''
      const answer = change.publicAnswer?.trim() ? `\n\nRisposta dell’ufficio: ${change.publicAnswer.trim()}` : ''
      return `Lo stato della segnalazione è ora: ${labelOf(reportStatuses, change.status)}${reason}.${answer}`
    }
    case 'answer':
      return `L’ufficio ha risposto alla segnalazione.\n\nRisposta dell’ufficio: ${change.publicAnswer.trim()}`
    case 'merged':
      return `La segnalazione è stata unita alla segnalazione ${change.into}, che riguarda lo stesso problema: da ora riceverai gli aggiornamenti di quella.`
    case 'reassigned':
      return `La segnalazione è passata all’ufficio ${change.office}.`
  }
}

/** The office changed a followed report. */
export const reportChanged = reportTemplate<Data<'report-changed'>>(
  (data) => ({ subject: `Aggiornamento della segnalazione ${data.code}`, body: reportChangeToItalian(data) }),
  (data) => [stop(data.unsubscribeUrl)],
)

const assistanceAbout = (data: Data<'assistance-received'>): Paragraph => [`Richiesta ${data.code}`, `Argomento: ${data.topic}`, 'Il tuo messaggio:', ...data.message.split('\n')]

/** The request reached the URP: its code and what the citizen wrote. */
export const assistanceReceived: ReportTemplate<Data<'assistance-received'>> = {
  inbox: (data) => ({ subject: `Richiesta di assistenza ${data.code} ricevuta`, body: 'Abbiamo ricevuto la tua richiesta di assistenza: l’Ufficio relazioni con il pubblico ti risponderà a questo indirizzo email.' }),
  letter: (data, context) => {
    const { subject, body } = assistanceReceived.inbox(data)
    return paragraphsToLetter(subject, [greeting(context), ...bodyOf(body), assistanceAbout(data), signature])
  },
}

/** The URP's answer. */
export const assistanceReplied: ReportTemplate<Data<'assistance-replied'>> = {
  inbox: (data) => ({ subject: `Risposta alla tua richiesta di assistenza ${data.code}`, body: `L’Ufficio relazioni con il pubblico ha risposto alla tua richiesta.\n\n${data.reply.trim()}` }),
  letter: (data, context) => {
    const { subject, body } = assistanceReplied.inbox(data)
    return paragraphsToLetter(subject, [greeting(context), ...bodyOf(body), assistanceAbout(data), signature])
  },
}

/** Every template of a report or an assistance request, by kind. */
export const reportTemplates: { [K in ReportNotificationKind]: ReportTemplate<Data<K>> } = {
  'report-email-check': reportEmailCheck,
  'report-published': reportPublished,
  'report-follow-check': reportFollowCheck,
  'report-changed': reportChanged,
  'assistance-received': assistanceReceived,
  'assistance-replied': assistanceReplied,
}
