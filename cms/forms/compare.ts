import { fieldComparisons } from '../constants/formFieldTypes'
import type { FormData, FormField } from './serviceForm'

// Cross-field rules of an online form: "la data di fine non prima della data di inizio", "i posti
// richiesti non più dei posti disponibili". The API checks them on every save and on submission;
// the browser checks the same rule (site/islands/practice/comparisons.ts) before a step is left.

type Op = NonNullable<FormField['compare']>['op']

const holds: Record<Op, (a: number, b: number) => boolean> = {
  gte: (a, b) => a >= b, gt: (a, b) => a > b, lte: (a, b) => a <= b, lt: (a, b) => a < b,
}

/** A date ("2026-12-03") or number answer as a number that orders like the answers; null when empty. */
const orderOf = (value: FormData[string] | undefined): number | null => {
  if (value === undefined || value === '' || typeof value === 'boolean') return null
  if (typeof value === 'number') return value
  const n = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number(value.replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

/**
 * The Italian message for a field whose answer breaks its rule against the other field, or null when
 * the rule holds or either answer is missing (a missing answer is the "required" check's business).
 */
export function comparisonProblem(field: FormField, fields: FormField[], values: FormData): string | null {
  if (!field.compare) return null
  const other = fields.find((f) => f.name === field.compare!.field)
  if (!other) return null
  const [a, b] = [orderOf(values[field.name]), orderOf(values[other.name])]
  if (a === null || b === null || holds[field.compare.op](a, b)) return null
  const rule = fieldComparisons.find((c) => c.value === field.compare!.op)!
  const kind = field.type === 'date' ? 'date' : 'number'
  return `“${field.label}” deve essere ${rule.words[kind]} “${other.label}”.`
}
