import type { Practice } from '../../payload-types'
import { resumeTerm, suspendTerm } from '../term'
import { canMoveTo, refusedMoveToItalian, type PracticeStatus } from '../workflow'
import { PracticeActionError } from './actionError'
import { applyChange, type ActionInput } from './change'
import { optionalMessage, requiredMessage } from './messageOf'

/** Refused (409, in Italian, naming where it can go) unless the workflow allows the move, and it is a move. */
function checkMove(practice: Practice, to: PracticeStatus): PracticeStatus {
  const from = practice.status as PracticeStatus
  if (from === to || !canMoveTo(from, to)) throw new PracticeActionError(refusedMoveToItalian(from, to), 409)
  return from
}

/** A move with its history entry ('stato', or 'richiesta-integrazioni') and the citizen told. */
async function move(input: ActionInput, to: PracticeStatus, message: string, data: Partial<Practice>) {
  const from = input.practice.status as PracticeStatus
  const kind = to === 'in-attesa-cittadino' ? 'richiesta-integrazioni' : 'stato'
  return applyChange(input, { ...data, status: to }, [{ kind, fromStatus: from, toStatus: to, message, visibleToCitizen: true }], { status: to, message })
}

/**
 * A decision ends the procedure: when it was taken, and, if the office was still waiting for the
 * citizen, the suspension is closed so the record says how long the term stood still. A closing
 * after an acceptance keeps the acceptance's date: that was the decision.
 */
const decided = ({ practice, now }: ActionInput): Partial<Practice> => ({
  decidedAt: practice.decidedAt ?? now.toISOString(), openRequest: null, openRequestAt: null, ...resumeTerm(practice, now),
})

/** "Chiedi integrazioni": the citizen is told what is missing, and the legal term stops until they answer. */
export async function askForDocuments(input: ActionInput) {
  checkMove(input.practice, 'in-attesa-cittadino')
  const message = requiredMessage(input.body, 'Scrivi al cittadino quali documenti o informazioni servono.')
  return move(input, 'in-attesa-cittadino', message, { openRequest: message, openRequestAt: input.now.toISOString(), ...suspendTerm(input.practice, input.now) })
}

/** "Accogli": the application is granted; a message to the citizen is optional. */
export async function accept(input: ActionInput) {
  checkMove(input.practice, 'accolta')
  return move(input, 'accolta', optionalMessage(input.body), decided(input))
}

/** "Respingi": refused, always with the reason (art. 3 L. 241/1990: every decision states its grounds). */
export async function reject(input: ActionInput) {
  checkMove(input.practice, 'respinta')
  const message = requiredMessage(input.body, 'Scrivi il motivo per cui la domanda è respinta: ogni decisione va motivata (art. 3 della legge 241/1990).')
  return move(input, 'respinta', message, decided(input))
}

/** "Chiudi": the procedure ends; the citizen is told why, unless it ends because it was granted. */
export async function close(input: ActionInput) {
  checkMove(input.practice, 'chiusa')
  const message = input.practice.status === 'accolta' ? optionalMessage(input.body) : requiredMessage(input.body, 'Scrivi al cittadino perché la pratica viene chiusa.')
  return move(input, 'chiusa', message, decided(input))
}
