import { fieldComparisons } from '../../../cms/constants/formFieldTypes'
import type { Answers, FormField } from './types'

// The browser's copy of the form's cross-field rules (cms/forms/compare.ts, which the API applies
// on submission): the same rule, and the same words taken from the vocabulary both share, so a wrong pair is
// caught before leaving the step.

type Op = NonNullable<FormField['compare']>['op']

const holds: Record<Op, (a: number, b: number) => boolean> = {
  gte: (a, b) => a >= b, gt: (a, b) => a > b, lte: (a, b) => a <= b, lt: (a, b) => a < b,
}
const orderOf = (value: Answers[string] | undefined): number | null => {
  if (value === undefined || value === '' || typeof value === 'boolean') return null
  if (typeof value === 'number') return value
  const n = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number(value.trim().replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

/** The message for a field whose answer breaks its rule against another field; null when it holds or an answer is missing. */
export function comparisonProblem(field: FormField, fields: FormField[], answers: Answers): string | null {
  const rule = field.compare
  const other = rule ? fields.find((f) => f.name === rule.field) : undefined
  if (!rule || !other) return null
  const [a, b] = [orderOf(answers[field.name]), orderOf(answers[other.name])]
  if (a === null || b === null || holds[rule.op](a, b)) return null
  return `“${field.label}” deve essere ${fieldComparisons.find((c) => c.value === rule.op)!.words[field.type === 'date' ? 'date' : 'number']} “${other.label}”.`
}
