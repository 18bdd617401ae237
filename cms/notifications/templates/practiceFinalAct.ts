import type { NotificationData, PracticeTemplate } from '../notification'
import { officeLetter } from './officeLetter'

type Data = NotificationData['practice-final-act']

/** The office attached the final act (the decision document) to an application: where to download it. */
export const practiceFinalAct: PracticeTemplate<Data> = {
  inbox: ({ protocolNumber, title, message }) => ({
    subject: `Atto finale della pratica ${protocolNumber}`,
    body: `L’ufficio ha allegato l’atto finale della tua pratica «${title}». Puoi scaricarlo dalla pagina della pratica e dalla sezione «Documenti» della tua area personale.${message ? `\n\n${message}` : ''}`,
  }),
  letter: (data, context) => officeLetter(practiceFinalAct.inbox(data), data, context),
}
