import type { PayloadRequest } from 'payload'

import type { Practice, User } from '../payload-types'
import { insertRow } from '../insertRow'
import { relationId } from '../relationId'
import type { PracticeEventKind, PracticeStatus } from './workflow'

/** One entry of an application's history, and the request (transaction) it is written in. */
export type PracticeEventInput = {
  practice: Pick<Practice, 'id' | 'office'>
  kind: PracticeEventKind
  req?: PayloadRequest
  /** The staff member who acted; none for the citizen and the system. */
  actor?: Pick<User, 'id' | 'name' | 'email'> | null
  actorType?: 'cittadino' | 'operatore' | 'sistema'
  fromStatus?: PracticeStatus
  toStatus?: PracticeStatus
  message?: string
  visibleToCitizen: boolean
}

/** Appends one entry to an application's history (who, when, what); entries are never edited, and written by the system alone (cms/insertRow.ts). */
export async function recordPracticeEvent({ practice, kind, req, actor, actorType, fromStatus, toStatus, message, visibleToCitizen }: PracticeEventInput): Promise<void> {
  const type = actorType ?? (actor ? 'operatore' : 'sistema')
  const actorLabel = actor ? (actor.name ?? actor.email) : type === 'cittadino' ? 'Cittadino' : 'Sistema'
  const payload = req?.payload
  if (!payload) throw new Error('recordPracticeEvent needs a request with payload')
  await insertRow(payload, 'practice-events', {
    practice: practice.id, office: relationId(practice.office), kind, actorType: type, actor: actor?.id ?? null, actorLabel,
    fromStatus: fromStatus ?? null, toStatus: toStatus ?? null, message: message || null, visibleToCitizen,
  }, req)
}
