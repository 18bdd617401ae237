import type { NotificationEvent } from '../constants/notificationEvents'
import type { Notification, NotificationKind } from './notification'
import { serviceEvent } from './delivery/vocabulary'

/** The event a preference is about, or 'servizio' for messages no preference governs (email checks). */
export type DeliveryEvent = NotificationEvent | typeof serviceEvent.value

const eventOfKind: { [K in NotificationKind]: DeliveryEvent } = {
  'email-confirmation': 'servizio',
  'practice-submitted': 'domanda-ricevuta',
  'practice-status-changed': 'cambio-stato',
  'practice-message': 'cambio-stato',
  'practice-final-act': 'cambio-stato',
  'appointment-email-check': 'servizio',
  'appointment-confirmed': 'appuntamento-confermato',
  'appointment-reminder': 'appuntamento-promemoria',
  'appointment-moved': 'appuntamento-spostato',
  'appointment-cancelled': 'appuntamento-spostato',
  'certificate-issued': 'certificato-emesso',
  'certificate-revoked': 'certificato-emesso',
  'payment-due': 'pagamento-dovuto',
  'payment-received': 'pagamento-ricevuto',
  'report-email-check': 'servizio',
  'report-follow-check': 'servizio',
  'report-published': 'segnalazione-risposta',
  'report-changed': 'segnalazione-risposta',
  'assistance-received': 'segnalazione-risposta',
  'assistance-replied': 'segnalazione-risposta',
}

/** Which event a notification is, as the citizen's preferences name it: a request for documents is its own. */
export function notificationToEvent(notification: Notification): DeliveryEvent {
  if (notification.kind === 'practice-status-changed' && notification.data.status === 'in-attesa-cittadino') return 'integrazioni-richieste'
  return eventOfKind[notification.kind]
}
