import type { AppointmentNotificationKind, InboxEntry, Letter, Notification, NotificationData, NotificationKind, PracticeNotificationKind, PracticeTemplate, RenderContext, ReportNotificationKind, Template } from '../notification'
import { appointmentTemplates } from './appointments'
import { certificateRevoked } from './certificateRevoked'
import { emailConfirmation } from './emailConfirmation'
import { practiceFinalAct } from './practiceFinalAct'
import { practiceMessage } from './practiceMessage'
import { practiceStatusChanged } from './practiceStatusChanged'
import { practiceSubmitted } from './practiceSubmitted'
import { reportTemplates } from './reports'

const practiceTemplates: { [K in PracticeNotificationKind]: PracticeTemplate<NotificationData[K]> } = {
  'practice-submitted': practiceSubmitted,
  'practice-status-changed': practiceStatusChanged,
  'practice-message': practiceMessage,
  'practice-final-act': practiceFinalAct,
}

/** Every message the Comune sends a citizen, one template per kind. */
const templates: { [K in NotificationKind]: Template<NotificationData[K]> } = { ...practiceTemplates, ...appointmentTemplates, ...reportTemplates, 'email-confirmation': emailConfirmation, 'certificate-revoked': certificateRevoked }

/** A notification written out for its reader. */
export function notificationToLetter<K extends NotificationKind>(notification: Notification<K>, context: RenderContext): Letter {
  return templates[notification.kind].letter(notification.data, context)
}

/** A notification about an application as its entry in the desk's "Messaggi". */
export function notificationToInboxEntry<K extends PracticeNotificationKind>(notification: Notification<K>): InboxEntry {
  return practiceTemplates[notification.kind].inbox(notification.data)
}

/** A notification about an appointment as its entry in a logged-in citizen's "Messaggi". */
export function appointmentToInboxEntry<K extends AppointmentNotificationKind>(notification: Notification<K>): InboxEntry {
  return appointmentTemplates[notification.kind].inbox(notification.data)
}

/** A notification about a certificate as its entry in the citizen's "Messaggi". */
export function certificateToInboxEntry(notification: Notification<'certificate-revoked'>): InboxEntry {
  return certificateRevoked.inbox(notification.data)
}

/** A notification about a report or an assistance request as its entry in a logged-in citizen's "Messaggi". */
export function reportToInboxEntry<K extends ReportNotificationKind>(notification: Notification<K>): InboxEntry {
  return reportTemplates[notification.kind].inbox(notification.data)
}
