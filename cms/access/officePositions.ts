import type { Access, Where } from 'payload'

import { officeScoped } from './officeScoped'

/** The fee of an application still in draft is the citizen's alone, like the draft itself. */
const notOfADraft: Where = { or: [{ practice: { exists: false } }, { 'practice.status': { not_equals: 'bozza' } }] }

/** Payment positions: admins all, operators their offices' — and no staff member the fee of a draft. */
export const officePositions: Access = (args) => {
  const scoped = officeScoped()(args)
  if (scoped === false) return false
  return scoped === true ? notOfADraft : { and: [scoped as Where, notOfADraft] }
}
