import { statusToLabel } from '../../practices/workflow'
import type { NotificationData, PracticeTemplate } from '../notification'
import { officeLetter } from './officeLetter'

type Data = NotificationData['practice-status-changed']

const subjectOf = ({ status, protocolNumber }: Data) =>
  status === 'in-attesa-cittadino' ? `Servono integrazioni per la pratica ${protocolNumber}` : `La pratica ${protocolNumber} è ora: ${statusToLabel(status)}`

/** A new status, or a request for documents: the operator's message, or a sentence naming the status. */
export const practiceStatusChanged: PracticeTemplate<Data> = {
  inbox: (data) => ({ subject: subjectOf(data), body: data.message || `Lo stato della tua pratica «${data.title}» è cambiato in «${statusToLabel(data.status)}».` }),
  letter: (data, context) => officeLetter(practiceStatusChanged.inbox(data), data, context),
}
