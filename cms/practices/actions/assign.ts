import type { PayloadRequest } from 'payload'

import { userToOfficeIds } from '../../access/officeScoped'
import { hasRole } from '../../access/roles'
import type { Practice, User } from '../../payload-types'
import { relationId } from '../../relationId'
import { statusToLabel } from '../workflow'
import { PracticeActionError } from './actionError'
import { applyChange, staffName, type ActionInput } from './change'

const concluded = ['respinta', 'chiusa']

/** Refused for an application whose procedure is over: nobody takes charge of it any more. */
function checkOpen(practice: Practice) {
  if (concluded.includes(practice.status)) throw new PracticeActionError(`La pratica è «${statusToLabel(practice.status)}»: il procedimento è concluso e non si assegna più.`, 409)
}

/** True when a staff member may be given an application of the office: one of its operators, or an admin. */
export const canBeAssigned = (user: User, officeId: number | string) =>
  hasRole({ ...user, collection: 'users' }, 'admin') || (hasRole({ ...user, collection: 'users' }, 'operator') && userToOfficeIds(user).map(String).includes(String(officeId)))

/**
 * "Prendi in carico": the clerk assigns it to themself; a just-submitted application also moves
 * "in lavorazione", and the citizen is told. Twice in a row (a double click) is done once.
 */
export async function takeCharge(input: ActionInput) {
  const { practice, user } = input
  checkOpen(practice)
  const mine = String(relationId(practice.assignee) ?? '') === String(user.id)
  const starts = practice.status === 'presentata'
  if (mine && !starts) return practice
  const entries = [{ kind: 'assegnazione' as const, message: `Presa in carico da ${staffName(user)}`, visibleToCitizen: false }]
  if (!starts) return applyChange(input, { assignee: user.id }, entries)
  return applyChange(input, { assignee: user.id, status: 'in-lavorazione' }, [...entries, { kind: 'stato', fromStatus: 'presentata', toStatus: 'in-lavorazione', visibleToCitizen: true }], { status: 'in-lavorazione' })
    .catch(async (error) => {
      // The other click of a double click got there first: the same outcome, nothing to add.
      const now = await input.req.payload.findByID({ collection: 'practices', id: practice.id, depth: 0, req: input.req })
      if (now.status === 'in-lavorazione' && String(relationId(now.assignee)) === String(user.id)) return now
      throw error
    })
}

/** The staff member named in the body, or an Italian refusal. */
async function assigneeOf(req: PayloadRequest, practice: Practice, value: unknown): Promise<User> {
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null
  if (id == null) throw new PracticeActionError('Scegli l’operatore a cui assegnare la pratica.')
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, disableErrors: true, req })
  if (!user || !canBeAssigned(user, relationId(practice.office)!)) throw new PracticeActionError('La pratica può essere assegnata solo a un operatore dell’ufficio responsabile o a un amministratore.')
  return user
}

/** "Assegna a…": hands the application to an operator of the responsible office (or an admin). */
export async function assign(input: ActionInput) {
  const { practice, req, body } = input
  checkOpen(practice)
  const assignee = await assigneeOf(req, practice, body.assignee)
  if (String(relationId(practice.assignee) ?? '') === String(assignee.id)) return practice
  return applyChange(input, { assignee: assignee.id }, [{ kind: 'assegnazione', message: `Assegnata a ${staffName(assignee)}`, visibleToCitizen: false }])
}
