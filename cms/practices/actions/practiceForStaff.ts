import type { PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import type { Practice, User } from '../../payload-types'
import { PracticeActionError } from './actionError'

/** The staff member acting, or a 401/403 in Italian: only operators and admins act on applications. */
export function actingStaff(req: PayloadRequest): User {
  const user = req.user
  if (!user || user.collection !== 'users') throw new PracticeActionError('Accesso riservato al personale: accedi al pannello.', 401)
  if (!hasRole(user, 'admin') && !hasRole(user, 'operator')) throw new PracticeActionError('Solo gli operatori dell’ufficio responsabile e gli amministratori agiscono sulle pratiche.', 403)
  return user as User
}

/**
 * The application as the acting staff member may read it, or 404: an operator of another office,
 * like anyone asking about a citizen's draft, cannot even learn that it exists.
 */
export async function practiceForStaff(req: PayloadRequest, id: string): Promise<{ user: User; practice: Practice }> {
  const user = actingStaff(req)
  const practice = /^\d+$/.test(id) ? await req.payload.findByID({ collection: 'practices', id: Number(id), depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req }) : null
  if (!practice) throw new PracticeActionError('Pratica non trovata.', 404)
  return { user, practice }
}
