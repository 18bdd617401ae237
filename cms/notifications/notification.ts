import type { Citizen } from '../payload-types'
import type { PracticeStatus } from '../practices/workflow'

/** Who a notification is for: the name its letter greets and the address that reaches them, if any. */
export type Recipient = { givenName: string; familyName: string; email: string | null }

/** The application a notification is about, as its letter names it. */
export type PracticeRef = { practiceId: number; title: string; protocolNumber: string }

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
}

/** What a notification is about, e.g. 'practice-submitted'. */
export type NotificationKind = keyof NotificationData

/** The kinds about an application, which are also kept in the desk's "Messaggi". */
export type PracticeNotificationKind = 'practice-submitted' | 'practice-status-changed' | 'practice-message'

/** Something the Comune tells a citizen: a kind and its data, written out by the kind's template. */
export type Notification<K extends NotificationKind = NotificationKind> = { [P in K]: { kind: P; data: NotificationData[P] } }[K]

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

/** A citizen as a recipient: the contact email they confirmed, else the one their identity provider gave. */
export const citizenToRecipient = (citizen: Pick<Citizen, 'givenName' | 'familyName' | 'contacts' | 'idpEmail'>): Recipient => ({
  givenName: citizen.givenName,
  familyName: citizen.familyName,
  email: citizen.contacts?.email || citizen.idpEmail || null,
})
