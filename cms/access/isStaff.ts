import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Any logged-in staff member. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)
