import type { Access } from 'payload'

import { userToOfficeIds } from './officeScoped'
import { hasRole, isStaffUser } from './roles'

/** Reading staff accounts: admins all; an operator also the colleagues of their offices (to assign them an application). */
export const selfOrColleague: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!isStaffUser(user) || !user) return false
  const offices = hasRole(user, 'operator') ? userToOfficeIds(user) : []
  return offices.length ? { or: [{ id: { equals: user.id } }, { offices: { in: offices } }] } : { id: { equals: user.id } }
}
