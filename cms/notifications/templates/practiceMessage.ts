import type { NotificationData, PracticeTemplate } from '../notification'
import { officeLetter } from './officeLetter'

type Data = NotificationData['practice-message']

/** An operator's message about an application, as they wrote it. */
export const practiceMessage: PracticeTemplate<Data> = {
  inbox: ({ protocolNumber, message }) => ({ subject: `Un messaggio sulla pratica ${protocolNumber}`, body: message }),
  letter: (data, context) => officeLetter(practiceMessage.inbox(data), data, context),
}
