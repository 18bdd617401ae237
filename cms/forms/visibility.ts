import type { FormData, FormField } from './serviceForm'

type Condition = FormField['showIf']

/**
 * Whether a question (or attachment slot) is shown, given the answers: its condition holds and the
 * question it depends on is shown too. The same rule decides what the citizen is asked, what a
 * submission must answer and what the back office reads.
 */
export function visibilityOf(fields: FormField[], values: FormData): (condition: Condition) => boolean {
  const byName = new Map(fields.map((field) => [field.name, field]))
  const visible = (condition: Condition, seen: Set<string>): boolean => {
    if (!condition) return true
    const parent = byName.get(condition.field)
    // A cycle of conditions can never be satisfied: hide rather than loop.
    if (!parent || seen.has(parent.name)) return false
    const value = values[parent.name]
    return value !== undefined && String(value) === condition.equals && visible(parent.showIf, new Set(seen).add(parent.name))
  }
  return (condition) => visible(condition, new Set())
}
