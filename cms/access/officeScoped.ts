import type { Access, Where } from 'payload'

import { hasRole } from './roles'

type OfficeUser = { offices?: (number | string | { id: number | string })[] | null }

/** The ids of the offices an operator works for. */
export const userToOfficeIds = (user: unknown): (number | string)[] =>
  ((user as OfficeUser | null)?.offices ?? []).map((o) => (typeof o === 'object' ? o.id : o))

/**
 * Records that belong to an office (payment positions): admins reach all of them, operators only
 * those of their own offices, everyone else nothing. `field` is the path of the office relationship.
 */
export const officeScoped = (field = 'office'): Access => ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'operator')) return false
  const where: Where = { [field]: { in: userToOfficeIds(user) } }
  return where
}

/** Creating a record: admins anywhere, operators only for one of their offices. */
export const officeScopedCreate: Access = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'operator')) return false
  // Without data Payload is only asking whether to offer "create" at all (admin UI): operators may.
  if (!data) return true
  const office = (data as { office?: number | string | { id: number | string } } | undefined)?.office
  const id = typeof office === 'object' && office ? office.id : office
  return id !== undefined && userToOfficeIds(user).map(String).includes(String(id))
}
