import type { InboxEntry, InboxKind, Letter, Notification, NotificationData, NotificationKind, RenderContext, Template } from '../notification'
import { certificateIssued, paymentDue, paymentReceived } from './accountLetters'
import { appointmentTemplates } from './appointments'
import { certificateRevoked } from './certificateRevoked'
import { emailConfirmation } from './emailConfirmation'
import { practiceFinalAct } from './practiceFinalAct'
import { practiceMessage } from './practiceMessage'
import { practiceStatusChanged } from './practiceStatusChanged'
import { practiceSubmitted } from './practiceSubmitted'
import { reportTemplates } from './reports'

/** Every message kept in the desk's "Messaggi" too: its letter and its entry. */
const inboxTemplates: { [K in InboxKind]: Template<NotificationData[K]> & { inbox: (data: NotificationData[K]) => InboxEntry } } = {
  'practice-submitted': practiceSubmitted,
  'practice-status-changed': practiceStatusChanged,
  'practice-message': practiceMessage,
  'practice-final-act': practiceFinalAct,
  ...appointmentTemplates,
  ...reportTemplates,
  'certificate-issued': certificateIssued,
  'certificate-revoked': certificateRevoked,
  'payment-due': paymentDue,
  'payment-received': paymentReceived,
}

/** Every message the Comune sends a citizen, one template per kind. */
const templates: { [K in NotificationKind]: Template<NotificationData[K]> } = { ...inboxTemplates, 'email-confirmation': emailConfirmation }

/** A notification written out for its reader. */
export function notificationToLetter<K extends NotificationKind>(notification: Notification<K>, context: RenderContext): Letter {
  return templates[notification.kind].letter(notification.data, context)
}

/** A notification as its entry in the desk's "Messaggi" (every kind but the email confirmation, which is email only). */
export function notificationToInboxEntry<K extends InboxKind>(notification: Notification<K>): InboxEntry {
  return inboxTemplates[notification.kind].inbox(notification.data)
}
