import type { ServerProps } from 'payload'

import { hasRole } from '../../access/roles'
import { reportQueuePath } from './paths'

/** "Coda delle segnalazioni" in the navigation (after the groups) and above the list of reports, for operators and admins. */
export function ReportQueueLink({ user, variant }: ServerProps & { variant?: 'list' }) {
  if (!(hasRole(user, 'operator') || hasRole(user, 'admin'))) return null
  const href = `/admin${reportQueuePath}`
  if (variant === 'list') return <p><a href={href}>Apri la coda delle segnalazioni (triage, scadenze e statistiche)</a></p>
  return <a className="nav__link" href={href} id="nav-report-queue"><span className="nav__link-label">Coda delle segnalazioni</span></a>
}
