import type { PayloadRequest } from 'payload'

import { dispatchNotification } from '../notifications/dispatch'
import type { PracticeNotification } from '../notifications/notification'
import type { Practice } from '../payload-types'
import { relationId } from '../relationId'

/**
 * Tells the citizen about their application through the one dispatcher: the entry in the desk's
 * "Messaggi" and the deliveries on the channels they chose, inside the request's transaction, so
 * they exist exactly when the change does; the queue sends after the commit, and a mail server
 * that is down never undoes the change.
 */
export async function notifyCitizen(req: PayloadRequest, practice: Pick<Practice, 'id' | 'citizen'>, notification: PracticeNotification): Promise<void> {
  // An application read with its citizen (depth 1) has them already: not read again inside the transaction.
  const citizen = typeof practice.citizen === 'object' && practice.citizen !== null
    ? practice.citizen
    : await req.payload.findByID({ collection: 'citizens', id: relationId(practice.citizen), depth: 0, disableErrors: true, overrideAccess: true, req })
  if (!citizen) return
  await dispatchNotification(req.payload, { notification, to: { citizen }, practiceId: practice.id }, req)
}
