import type { Access, Where } from 'payload'

import { userToOfficeIds } from './officeScoped'
import { hasRole, isStaffUser } from './roles'

/** Reading staff accounts: admins all; an operator also the colleagues of their offices (to assign them an application). */
export const selfOrColleague: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!isStaffUser(user) || !user) return false
  const offices = hasRole(user, 'operator') ? userToOfficeIds(user) : []
  const self: Where = { id: { equals: user.id } }
  return offices.length ? { or: [self, { offices: { in: offices } }] } : self
}
