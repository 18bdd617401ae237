import type { Notification } from './notification'
import { practiceToUrl } from './templates/practiceLink'

/** The desk's section of each kind of notification not about one application or report. */
const sectionOf = (kind: Notification['kind']): string => {
  if (kind.startsWith('appointment-')) return 'appuntamenti/'
  if (kind.startsWith('certificate-')) return 'certificati/'
  if (kind.startsWith('payment-')) return 'pagamenti/'
  if (kind.startsWith('assistance-')) return 'assistenza/'
  if (kind === 'email-confirmation') return ''
  return 'messaggi/'
}

/** The page a push or IO message opens: the application, the report's page, else the desk's section it is about. */
export function deepLinkOf(notification: Notification, publicUrl: URL): URL {
  const { data } = notification
  if ('practiceId' in data) return practiceToUrl(data.practiceId, publicUrl)
  if ('pageUrl' in data && (notification.kind === 'report-published' || notification.kind === 'report-changed')) return new URL(data.pageUrl, publicUrl)
  return new URL(`/area-personale/${sectionOf(notification.kind)}`, publicUrl)
}
