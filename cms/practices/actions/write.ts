import { applyChange, type ActionInput } from './change'
import { requiredMessage } from './messageOf'

/** "Scrivi al cittadino": a message in their desk and by email; the status does not change. */
export async function writeToCitizen(input: ActionInput) {
  const message = requiredMessage(input.body, 'Scrivi il messaggio per il cittadino.')
  return applyChange(input, {}, [{ kind: 'messaggio', message, visibleToCitizen: true }], { message })
}

/** "Nota interna": kept in the history for the office; the citizen never sees it. */
export async function addNote(input: ActionInput) {
  const message = requiredMessage(input.body, 'Scrivi il testo della nota interna.')
  return applyChange(input, {}, [{ kind: 'nota-interna', message, visibleToCitizen: false }])
}
