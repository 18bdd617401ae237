import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Anonymous readers (the public site build included) see published documents only; staff see drafts. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
