import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { userToOfficeIds } from '../../../access/officeScoped'
import { hasRole } from '../../../access/roles'
import { canMoveTo, statusToLabel, type PracticeStatus } from '../../../practices/workflow'
import type { Practice } from '../../../payload-types'
import { relationId } from '../../../relationId'

/** What an operator did in one save, handed to recordProcessing once the save is done. */
export type Processing = { from: PracticeStatus; to: PracticeStatus; message: string; note: string; assigneeChanged: boolean }

/**
 * An operator's save: the status moves only along the workflow, asking the citizen for documents
 * or rejecting needs a message, and only an operator of the responsible office can be assigned.
 * The message and the note are not kept on the application: they go to its history.
 */
export const checkTransition: CollectionBeforeChangeHook<Practice> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || req.context?.system || !originalDoc) return data
  const from = originalDoc.status as PracticeStatus
  const to = (data.status ?? from) as PracticeStatus
  const message = (data.messageToCitizen ?? '').trim()
  const note = (data.internalNote ?? '').trim()
  if (from === 'bozza') throw new APIError('Una bozza appartiene al cittadino finché non la presenta.', 403, null, true)
  if (!canMoveTo(from, to)) throw new APIError(`Non è possibile passare da «${statusToLabel(from)}» a «${statusToLabel(to)}».`, 400, null, true)
  if (from !== to && to === 'in-attesa-cittadino' && !message) throw new APIError('Per chiedere integrazioni scrivi nel «Messaggio al cittadino» quali documenti o informazioni servono.', 400, null, true)
  if (from !== to && to === 'respinta' && !message) throw new APIError('Per respingere la domanda scrivi al cittadino il motivo nel «Messaggio al cittadino».', 400, null, true)

  const assignee = relationId(data.assignee)
  // Absent from the save (undefined) is not the same as cleared (null).
  const assigneeChanged = data.assignee !== undefined && String(assignee ?? '') !== String(relationId(originalDoc.assignee) ?? '')
  if (assigneeChanged && assignee != null) {
    const user = await req.payload.findByID({ collection: 'users', id: assignee, depth: 0, disableErrors: true, req })
    const office = String(relationId(originalDoc.office))
    if (!user || !(hasRole({ ...user, collection: 'users' }, 'admin') || userToOfficeIds(user).map(String).includes(office)))
      throw new APIError('La pratica può essere assegnata solo a un operatore dell’ufficio responsabile.', 400, null, true)
  }

  const processing: Processing = { from, to, message, note, assigneeChanged }
  req.context = { ...req.context, processing }
  data.messageToCitizen = null
  data.internalNote = null
  if (from !== to && to === 'in-attesa-cittadino') Object.assign(data, { openRequest: message, openRequestAt: new Date().toISOString() })
  else if (from !== to) Object.assign(data, { openRequest: null, openRequestAt: null })
  return data
}
