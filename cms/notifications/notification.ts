import type { Citizen } from '../payload-types'
import type { PracticeStatus } from '../practices/workflow'
import type { ReportChange } from '../reports/contract'

/** Who a notification is for: the name its letter greets and the address that reaches them, if any. */
export type Recipient = { givenName: string; familyName: string; email: string | null }

/** The application a notification is about, as its letter names it. */
export type PracticeRef = { practiceId: number; title: string; protocolNumber: string }

/** An appointment as its letters name it: when (Europe/Rome), where, for what, and until when it may change. */
export type AppointmentRef = {
  code: string
  startsAt: Date
  office: { title: string; address?: string | null; mapUrl?: string | null }
  service?: string | null
  reason?: string | null
  /** The service page's "Cosa serve", as plain text. */
  whatToBring?: string | null
  /** The office's cut-off: until when the citizen may still move or cancel it; null when no longer. */
  changeableUntil: Date | null
}

/** A report as its letters name it: its code, subject and category, and its public page. */
export type ReportRef = { code: string; title: string; category: string; pageUrl: string }

/** A pagoPA payment as its letters name it: what for, the amount in cents, its notice number (codice avviso). */
export type PaymentRef = { description: string; amountCents: number; noticeNumber: string }

/** An assistance request as its letters name it. */
export type AssistanceRef = { code: string; topic: string; message: string }

/** Each kind of notification and the data its template needs. */
export type NotificationData = {
  /** A citizen asked to use a new contact email: the link that confirms it. */
  'email-confirmation': { confirmUrl: string }
  /** An application was submitted and registered. */
  'practice-submitted': PracticeRef
  /** An operator moved an application to another status, with a message or without. */
  'practice-status-changed': PracticeRef & { status: PracticeStatus; message?: string }
  /** An operator wrote to the citizen about an application. */
  'practice-message': PracticeRef & { message: string }
  /** Booked without SPID/CIE: the link that confirms the email, and until when the place is held. */
  'appointment-email-check': AppointmentRef & { confirmUrl: string; holdUntil: Date | null }
  /** A booking that counts: the signed link to move or cancel it. */
  'appointment-confirmed': AppointmentRef & { manageUrl: string }
  /** Moved by the citizen or the office, with the office's message if any. */
  'appointment-moved': AppointmentRef & { from: Date; manageUrl: string; message?: string | null }
  /** Cancelled by the citizen, the office (its message) or a closure (its reason). */
  'appointment-cancelled': AppointmentRef & { by: 'cittadino' | 'operatore' | 'sistema'; message?: string | null; bookAgainUrl: string }
  /** The day before. */
  'appointment-reminder': AppointmentRef & { manageUrl: string }
  /** The office attached the final act (decision document) to a decided application. */
  'practice-final-act': PracticeRef & { message?: string }
  /** A certificate the citizen asked for was issued: its code and kind, downloadable from the desk. */
  'certificate-issued': { code: string; typeLabel: string }
  /** The office revoked a certificate the citizen was issued, with the reason. */
  'certificate-revoked': { code: string; typeLabel: string; reason: string }
  /** Reported without SPID/CIE: the link that confirms the email and publishes the report. */
  'report-email-check': ReportRef & { confirmUrl: string }
  /** The report is public (confirmed, or sent with SPID/CIE): its page, and how to stop the emails. */
  'report-published': ReportRef & { unsubscribeUrl: string }
  /** Someone asked to follow a report: the link that confirms their email. */
  'report-follow-check': ReportRef & { confirmUrl: string }
  /** The office changed a followed report: status, answer, merge or office. */
  'report-changed': ReportRef & { change: ReportChange; unsubscribeUrl: string }
  /** A pagoPA position was created for the citizen: what for, how much, the notice to pay it with, until when. */
  'payment-due': PaymentRef & { dueDate: Date | null; payeeFiscalCode: string }
  /** pagoPA's receipt of a payment arrived: the position is paid. */
  'payment-received': PaymentRef & { paidAt: Date }
  /** An assistance request reached the URP. */
  'assistance-received': AssistanceRef
  /** The URP answered an assistance request. */
  'assistance-replied': AssistanceRef & { reply: string }
}

/** What a notification is about, e.g. 'practice-submitted'. */
export type NotificationKind = keyof NotificationData

/** The kinds about an application, which are also kept in the desk's "Messaggi". */
export type PracticeNotificationKind = 'practice-submitted' | 'practice-status-changed' | 'practice-message' | 'practice-final-act'

/** The kinds about an appointment; a logged-in citizen's are also kept in the desk's "Messaggi". */
export type AppointmentNotificationKind = Extract<NotificationKind, `appointment-${string}`>

/** The kinds about a certificate or a payment, kept in the desk's "Messaggi" too. */
export type AccountNotificationKind = 'certificate-issued' | 'certificate-revoked' | 'payment-due' | 'payment-received'

/** The kinds about a report or an assistance request; a logged-in citizen's are also kept in the desk's "Messaggi". */
export type ReportNotificationKind = Extract<NotificationKind, `report-${string}` | `assistance-${string}`>

/** Something the Comune tells a citizen: a kind and its data, written out by the kind's template. */
export type Notification<K extends NotificationKind = NotificationKind> = { [P in K]: { kind: P; data: NotificationData[P] } }[K]

/** The kinds also kept in the desk's "Messaggi": all but the email confirmation, which is email only. */
export type InboxKind = Exclude<NotificationKind, 'email-confirmation'>

/** A notification about an application. */
export type PracticeNotification = Notification<PracticeNotificationKind>

/** A notification written for a person: what email sends as is, and App IO or push would reuse. */
export type Letter = { subject: string; text: string; html?: string }

/** A notification's entry in the desk's "Messaggi" (collection citizen-messages). */
export type InboxEntry = { subject: string; body: string }

/** What a template may use besides its data: who reads it and the portal's address for links. */
export type RenderContext = { recipient: Recipient; publicUrl: URL }

/** How one kind of notification reads, whatever the channel. */
export type Template<D> = { letter: (data: D, context: RenderContext) => Letter }

/** The template of a notification about an application, which also has its entry in "Messaggi". */
export type PracticeTemplate<D> = Template<D> & { inbox: (data: D) => InboxEntry }

/** The template of a notification about an appointment: its letter, and its entry in "Messaggi" for a logged-in citizen. */
export type AppointmentTemplate<D> = Template<D> & { inbox: (data: D) => InboxEntry }

/** A citizen as a recipient: the contact email they confirmed, else the one their identity provider gave. */
export const citizenToRecipient = (citizen: Pick<Citizen, 'givenName' | 'familyName' | 'contacts' | 'idpEmail'>): Recipient => ({
  givenName: citizen.givenName,
  familyName: citizen.familyName,
  email: citizen.contacts?.email || citizen.idpEmail || null,
})
