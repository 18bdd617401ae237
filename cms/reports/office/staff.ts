import type { PayloadRequest } from 'payload'

import { userToOfficeIds } from '../../access/officeScoped'
import { hasRole } from '../../access/roles'
import { ActionRefusedError } from '../../endpoints/namedAction'
import type { Report, User } from '../../payload-types'

/** A named action on a report or an assistance request refused: Italian message and HTTP status. */
export class ReportActionError extends ActionRefusedError {
  override name = 'ReportActionError'
}

/** The staff member acting, or a 401/403 in Italian: only operators and admins act on reports. */
export function actingStaff(req: PayloadRequest): User {
  const user = req.user
  if (!user || user.collection !== 'users') throw new ReportActionError('Accesso riservato al personale: accedi al pannello.', 401)
  if (!hasRole(user, 'admin') && !hasRole(user, 'operator')) throw new ReportActionError('Solo gli operatori dell’ufficio competente e gli amministratori agiscono sulle segnalazioni.', 403)
  return user as User
}

/** A row id from a URL or a body: digits only, else null. */
export const idOf = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : null

/**
 * The report as the acting staff member may read it, or 404: an operator of another office cannot
 * even learn that it exists (officeScoped read access).
 */
export async function reportForStaff(req: PayloadRequest, id: unknown): Promise<{ user: User; report: Report }> {
  const user = actingStaff(req)
  const rowId = idOf(id)
  const report = rowId == null ? null : await req.payload.findByID({ collection: 'reports', id: rowId, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })
  if (!report) throw new ReportActionError('Segnalazione non trovata.', 404)
  return { user, report }
}

/** True when a staff member may be given a report of the office: one of its operators, or an admin. */
export const canTakeReport = (user: User, officeId: number | string) =>
  hasRole({ ...user, collection: 'users' }, 'admin') || (hasRole({ ...user, collection: 'users' }, 'operator') && userToOfficeIds(user).map(String).includes(String(officeId)))

/** The name the trail shows for a staff member. */
export const staffName = (user: Pick<User, 'name' | 'email'>) => user.name || user.email

/** Optional free text of a body, trimmed; '' when absent; an Italian 400 when too long or not text. */
export function textOf(value: unknown, what: string, max: number): string {
  if (value == null) return ''
  if (typeof value !== 'string') throw new ReportActionError(`${what}: serve un testo.`)
  const text = value.trim()
  if (text.length > max) throw new ReportActionError(`${what} può essere lunga al massimo ${max} caratteri.`)
  return text
}
