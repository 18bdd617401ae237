import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Admins reach every staff account; everyone else only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (isStaffUser(user) && user) return { id: { equals: user.id } }
  return false
}
