import type { PayloadRequest } from 'payload'

import type { CitizenMessage, Practice } from '../payload-types'
import { relationId } from '../relationId'

/** What a message to the citizen about an application says. */
export type CitizenMessageText = { subject: string; body: string }

/**
 * Puts a message about an application in the citizen's "Messaggi", inside the request's
 * transaction, so it exists exactly when the change it tells of does.
 */
export async function recordCitizenMessage(req: PayloadRequest, practice: Pick<Practice, 'id' | 'citizen'>, { subject, body }: CitizenMessageText): Promise<CitizenMessage> {
  return req.payload.create({ collection: 'citizen-messages', data: { citizen: relationId(practice.citizen), practice: practice.id, subject, body }, depth: 0, req })
}
