import { PracticeActionError } from './actionError'

/** The longest message or note an action keeps (the same limit as the citizen's answers). */
export const maxMessageLength = 4000

/** The body's `message`, trimmed; '' when absent. Refused when it is not text or too long. */
export function optionalMessage(body: Record<string, unknown>): string {
  const value = body.message ?? ''
  if (typeof value !== 'string') throw new PracticeActionError('Il messaggio deve essere un testo.')
  const text = value.trim()
  if (text.length > maxMessageLength) throw new PracticeActionError(`Il messaggio può avere al massimo ${maxMessageLength} caratteri.`)
  return text
}

/** The body's `message`, required: `missing` is the Italian sentence saying what to write. */
export function requiredMessage(body: Record<string, unknown>, missing: string): string {
  const text = optionalMessage(body)
  if (!text) throw new PracticeActionError(missing)
  return text
}
