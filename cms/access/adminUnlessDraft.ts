import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Records only administrators read (the protocol register, messages to citizens), and not even
 * they while the application they are about is still a citizen's draft — the state a submission
 * cut short by a crash leaves until the start-up completes it. Records about no application stay
 * readable. `practiceField` is the path of the relationship to the application.
 */
export const adminUnlessDraft = (practiceField = 'practice'): Access => ({ req: { user } }) => {
  if (!hasRole(user, 'admin')) return false
  return { or: [{ [practiceField]: { exists: false } }, { [`${practiceField}.status`]: { not_equals: 'bozza' } }] }
}
