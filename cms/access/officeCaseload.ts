import type { Access, Where } from 'payload'

import { userToOfficeIds } from './officeScoped'
import { hasRole } from './roles'

/**
 * Submitted applications and what belongs to them: admins see all, operators only those of their
 * offices. Nobody on staff sees a citizen's draft: it is theirs until they submit it.
 */
export const officeCaseload = (officeField = 'office', statusField?: string): Access => ({ req: { user } }) => {
  const notDraft: Where[] = statusField ? [{ [statusField]: { not_equals: 'bozza' } }] : []
  if (hasRole(user, 'admin')) return notDraft.length ? { and: notDraft } : true
  if (!hasRole(user, 'operator')) return false
  return { and: [{ [officeField]: { in: userToOfficeIds(user) } }, ...notDraft] }
}
