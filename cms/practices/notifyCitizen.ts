import type { PayloadRequest } from 'payload'

import { citizenToRecipient, type PracticeNotification } from '../notifications/notification'
import { notifierOf } from '../notifications/notify'
import { payloadMailer } from '../notifications/payloadEmail'
import { notificationToInboxEntry } from '../notifications/templates'
import type { Practice } from '../payload-types'
import { relationId } from '../relationId'
import { settingsOf } from '../settings/cmsSettings'
import { recordCitizenMessage } from './recordCitizenMessage'

/**
 * Tells the citizen about their application: an entry in the desk's "Messaggi" (inside the
 * request's transaction, so it exists exactly when the change does) and the same notification by
 * email. A mail server that is down never undoes the change: the message stays, a warning is logged.
 * `email: false` writes the entry only, for a caller that sends the email after its commit.
 */
export async function notifyCitizen(req: PayloadRequest, practice: Pick<Practice, 'id' | 'citizen'>, notification: PracticeNotification, { email = true }: { email?: boolean } = {}): Promise<void> {
  const citizenId = relationId(practice.citizen)
  await recordCitizenMessage(req, practice, notificationToInboxEntry(notification))
  if (!email) return
  const citizen = await req.payload.findByID({ collection: 'citizens', id: citizenId, depth: 0, disableErrors: true, req })
  if (!citizen) return
  const notify = notifierOf({ mailer: payloadMailer(req.payload), publicUrl: new URL(settingsOf(req.payload).publicUrl) })
  try {
    await notify(citizenToRecipient(citizen), notification)
  } catch (error) {
    req.payload.logger.warn({ msg: 'Email al cittadino non inviata: il messaggio resta nella sua area personale', err: (error as Error).message })
  }
}
