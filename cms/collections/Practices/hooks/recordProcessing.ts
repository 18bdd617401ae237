import type { CollectionAfterChangeHook } from 'payload'

import type { Practice } from '../../../payload-types'
import { notifyCitizen } from '../../../practices/notifyCitizen'
import { recordPracticeEvent } from '../../../practices/recordPracticeEvent'
import type { Processing } from './checkTransition'

/**
 * Writes what the operator did to the application's history — who and when — and tells the
 * citizen about status changes, messages and requests for documents (email and desk messages).
 */
export const recordProcessing: CollectionAfterChangeHook<Practice> = async ({ doc, req, operation }) => {
  const processing = req.context?.processing as Processing | undefined
  if (operation !== 'update' || !processing) return doc
  req.context = { ...req.context, processing: undefined }
  const { from, to, message, note, assigneeChanged } = processing
  const actor = req.user && req.user.collection === 'users' ? req.user : null
  const base = { practice: doc, req, actor }
  const about = { practiceId: doc.id, title: doc.title, protocolNumber: doc.protocolNumber ?? '' }

  if (assigneeChanged) {
    const assignee = typeof doc.assignee === 'object' && doc.assignee ? doc.assignee : doc.assignee ? await req.payload.findByID({ collection: 'users', id: doc.assignee, depth: 0, req }) : null
    await recordPracticeEvent({ ...base, kind: 'assegnazione', message: assignee ? `Assegnata a ${assignee.name ?? assignee.email}` : 'Assegnazione rimossa', visibleToCitizen: false })
  }
  if (note) await recordPracticeEvent({ ...base, kind: 'nota-interna', message: note, visibleToCitizen: false })
  if (from !== to) {
    const kind = to === 'in-attesa-cittadino' ? 'richiesta-integrazioni' : 'stato'
    await recordPracticeEvent({ ...base, kind, fromStatus: from, toStatus: to, message, visibleToCitizen: true })
    await notifyCitizen(req, doc, { kind: 'practice-status-changed', data: { ...about, status: to, message } })
  } else if (message) {
    await recordPracticeEvent({ ...base, kind: 'messaggio', message, visibleToCitizen: true })
    await notifyCitizen(req, doc, { kind: 'practice-message', data: { ...about, message } })
  }
  return doc
}
