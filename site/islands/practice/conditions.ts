import type { Answers, Condition, FormField } from './types'

/** Whether a showIf condition holds for these answers (and the question it depends on is shown too). */
export function isShown(condition: Condition, fields: FormField[], answers: Answers, depth = 0): boolean {
  if (!condition) return true
  const parent = fields.find((f) => f.name === condition.field)
  if (!parent || depth > fields.length) return false
  return String(answers[parent.name] ?? '') === condition.equals && isShown(parent.showIf, fields, answers, depth + 1)
}
