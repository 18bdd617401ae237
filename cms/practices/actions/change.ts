import type { PayloadRequest } from 'payload'

import type { Practice, User } from '../../payload-types'
import { notifyCitizen } from '../notifyCitizen'
import { recordPracticeEvent, type PracticeEventInput } from '../recordPracticeEvent'
import type { PracticeStatus } from '../workflow'
import { PracticeActionError } from './actionError'

/** What an action is given: the request (its transaction), who acts, the application as read, the JSON body, the time. */
export type ActionInput = { req: PayloadRequest; user: User; practice: Practice; body: Record<string, unknown>; now: Date }

type Entry = Omit<PracticeEventInput, 'practice' | 'req' | 'actor'>

/**
 * Writes an action's change, only if the application is still in the status it was read in (two
 * clerks, or one double click, never both move it), then its history entries and, when there is
 * something to tell, the citizen's notification (desk message and email), as the old save hooks did.
 */
export async function applyChange({ req, user, practice }: ActionInput, data: Partial<Practice>, entries: Entry[], tell?: { status?: PracticeStatus; message?: string }): Promise<Practice> {
  let doc = practice
  if (Object.keys(data).length) {
    const { docs } = await req.payload.update({
      collection: 'practices', where: { and: [{ id: { equals: practice.id } }, { status: { equals: practice.status } }] },
      data, depth: 0, overrideAccess: true, context: { system: true }, req,
    })
    if (!docs[0]) throw new PracticeActionError('Un altro operatore ha appena cambiato questa pratica: ricarica la pagina e controlla prima di agire.', 409)
    doc = docs[0]
  }
  for (const entry of entries) await recordPracticeEvent({ ...entry, practice: doc, req, actor: user })
  if (tell) {
    const about = { practiceId: doc.id, title: doc.title, protocolNumber: doc.protocolNumber ?? '' }
    if (tell.status) await notifyCitizen(req, doc, { kind: 'practice-status-changed', data: { ...about, status: tell.status, message: tell.message || undefined } })
    else if (tell.message) await notifyCitizen(req, doc, { kind: 'practice-message', data: { ...about, message: tell.message } })
  }
  return doc
}

/** The name the history shows for a staff member. */
export const staffName = (user: Pick<User, 'name' | 'email'>) => user.name || user.email
