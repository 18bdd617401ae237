import type { Config } from 'payload'

import { hasRole, isStaffUser } from '../access/roles'

const staffOnly = ({ req: { user } }: { req: { user?: unknown } }) => isStaffUser(user as never) && Boolean(user)

/**
 * Saved filters ("I miei filtri") of the list of applications: Payload's query presets, for staff
 * only. A filter is its author's unless shared; Payload's document-level access then shows each
 * person only their own, those shared with them by name, and those shared with everyone, which
 * only an administrator may do (a filter reveals nothing: each reader still sees only their offices).
 */
export const savedFilters: NonNullable<Config['queryPresets']> = {
  labels: { singular: 'Filtro salvato', plural: 'I miei filtri' },
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  constraints: {},
  filterConstraints: ({ options, req }) => (hasRole(req.user, 'admin') ? options : options.filter((o) => (typeof o === 'string' ? o : o.value) !== 'everyone')),
}
