import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins write and publish public content; operators only read it. */
export const canEditContent: Access = ({ req: { user } }) =>
  hasRole(user, 'admin') || hasRole(user, 'editor')
