import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { userToOfficeIds } from '../../../access/officeScoped'
import { hasRole } from '../../../access/roles'
import { canMoveTo, refusedMoveToItalian, type PracticeStatus } from '../../../practices/workflow'
import type { Practice } from '../../../payload-types'
import { relationId } from '../../../relationId'

/** What an operator did in one save, handed to recordProcessing once the save is done. */
export type Processing = { from: PracticeStatus; to: PracticeStatus; message: string; note: string; assigneeChanged: boolean }

/**
 * A refused save, told in Italian twice in the admin: the message in the error notice, and next to
 * the field to fix (the admin marks every field listed in `data.errors`). Shown as written whatever
 * language the clerk's admin is in, unlike ValidationError's own "field not valid" notice.
 */
const refusal = (field: string, message: string, fieldMessage = message) => new APIError(message, 400, { errors: [{ path: field, message: fieldMessage }] }, true)

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
  if (!canMoveTo(from, to)) throw refusal('status', refusedMoveToItalian(from, to))
  if (from !== to && to === 'in-attesa-cittadino' && !message)
    throw refusal('messageToCitizen', 'Per chiedere integrazioni scrivi al cittadino che cosa manca (campo «Messaggio al cittadino»).', 'Scrivi quali documenti o informazioni servono.')
  if (from !== to && to === 'respinta' && !message)
    throw refusal('messageToCitizen', 'Per respingere la domanda scrivi al cittadino il motivo (campo «Messaggio al cittadino»).', 'Scrivi il motivo per cui la domanda è respinta.')

  const assignee = relationId(data.assignee)
  // Absent from the save (undefined) is not the same as cleared (null).
  const assigneeChanged = data.assignee !== undefined && String(assignee ?? '') !== String(relationId(originalDoc.assignee) ?? '')
  if (assigneeChanged && assignee != null) {
    const user = await req.payload.findByID({ collection: 'users', id: assignee, depth: 0, disableErrors: true, req })
    const office = String(relationId(originalDoc.office))
    if (!user || !(hasRole({ ...user, collection: 'users' }, 'admin') || userToOfficeIds(user).map(String).includes(office)))
      throw refusal('assignee', 'La pratica può essere assegnata solo a un operatore dell’ufficio responsabile.')
  }

  const processing: Processing = { from, to, message, note, assigneeChanged }
  req.context = { ...req.context, processing }
  data.messageToCitizen = null
  data.internalNote = null
  if (from !== to && to === 'in-attesa-cittadino') Object.assign(data, { openRequest: message, openRequestAt: new Date().toISOString() })
  else if (from !== to) Object.assign(data, { openRequest: null, openRequestAt: null })
  return data
}
