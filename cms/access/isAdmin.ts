import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Only administrators: user management and site-wide settings. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Field-level variant of {@link isAdmin}, e.g. for the roles field. */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
