import { fieldMaxLength, type FormData, type FormField, type Prefill, type ServiceForm } from '../../../cms/forms/serviceForm'
import { comparisonProblem } from '../../../cms/forms/compare'
import { visibilityOf } from '../../../cms/forms/visibility'
import { isValidFiscalCode } from '../../auth/fiscalCode'

/** A problem with one answer (or attachment slot), named as the form names it. */
export type FormDataError = { field: string; message: string }

type Checked = { value: string | number | boolean } | { error: string }

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[a-z]{2,}$/i
const PHONE = /^\+?[0-9 ]+$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Checks a practice's answers against its service's form. Every answer must have the right shape
 * (unknown names and answers to hidden questions are dropped), so a half-filled draft still saves;
 * a final submission must also answer every visible required question, keep the cross-field rules
 * (cms/forms/compare.ts) and fill every visible required attachment slot.
 */
export function validateFormData(
  form: ServiceForm, data: unknown, attachments: { slot: string }[], options: { final: boolean },
): { data: FormData; errors: FormDataError[] } {
  const input = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  const fields = form.steps.flatMap((step) => step.fields)
  const values: FormData = {}
  const shapeErrors = new Map<string, string>()
  for (const field of fields) {
    const raw = input[field.name]
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue
    const checked = checkValue(field, raw)
    if ('error' in checked) shapeErrors.set(field.name, checked.error)
    else values[field.name] = checked.value
  }

  const visible = visibilityOf(fields, values)
  const out: FormData = {}
  const errors: FormDataError[] = []
  for (const field of fields) {
    if (!visible(field.showIf)) continue
    const shapeError = shapeErrors.get(field.name)
    if (shapeError) errors.push({ field: field.name, message: shapeError })
    else if (field.name in values) out[field.name] = values[field.name]!
    if (options.final && field.required && !shapeError && !isAnswered(field, out[field.name])) {
      errors.push({ field: field.name, message: field.type === 'checkbox' ? 'Per procedere devi spuntare questa casella.' : 'Campo obbligatorio.' })
    }
  }
  if (options.final) {
    // Cross-field rules ("fine non prima dell’inizio") bind the answers as sent; a draft may hold them half-done.
    for (const field of fields) {
      const problem = visible(field.showIf) && !shapeErrors.has(field.name) ? comparisonProblem(field, fields, out) : null
      if (problem) errors.push({ field: field.name, message: problem })
    }
    const filled = new Set(attachments.map((a) => a.slot))
    for (const slot of form.attachments) {
      if (slot.required && visible(slot.showIf) && !filled.has(slot.name)) {
        errors.push({ field: slot.name, message: `Allega il documento richiesto: ${slot.label}.` })
      }
    }
  }
  return { data: out, errors }
}

/** The answers of a new draft: every field that asks for a piece of the citizen's identity, if it fits. */
export function prefillFormData(form: ServiceForm, identity: Partial<Record<Prefill, string>>): FormData {
  const data: Record<string, string> = {}
  for (const field of form.steps.flatMap((step) => step.fields)) {
    const value = field.prefill ? identity[field.prefill] : undefined
    if (value) data[field.name] = value
  }
  // What does not fit the field (a birth date in another format, a too long address) is left for the citizen.
  return validateFormData(form, data, [], { final: false }).data
}

function isAnswered(field: FormField, value: FormData[string] | undefined): boolean {
  return field.type === 'checkbox' ? value === true : value !== undefined
}

function checkValue(field: FormField, raw: unknown): Checked {
  if (field.type === 'checkbox') return typeof raw === 'boolean' ? { value: raw } : { error: 'Valore non valido.' }
  if (field.type === 'number') return checkNumber(field, raw)
  if (typeof raw !== 'string') return { error: 'Valore non valido.' }
  const value = raw.trim()
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const max = fieldMaxLength(field)
      return value.length <= max ? { value } : { error: `Il testo è troppo lungo: al massimo ${max} caratteri.` }
    }
    case 'email':
      return value.length <= 254 && EMAIL.test(value) ? { value } : { error: 'Inserisci un indirizzo email valido.' }
    case 'tel': {
      const digits = value.replace(/\D/g, '').length
      return PHONE.test(value) && digits >= 6 && digits <= 15 ? { value } : { error: 'Inserisci un numero di telefono valido: solo cifre, spazi e il prefisso internazionale con +.' }
    }
    case 'date':
      return isCalendarDate(value) ? { value } : { error: 'Inserisci una data valida.' }
    case 'select':
    case 'radio':
      return field.options?.some((option) => option.value === value) ? { value } : { error: 'Scegli una delle opzioni proposte.' }
    case 'fiscalCode': {
      const code = value.toUpperCase()
      return isValidFiscalCode(code) ? { value: code } : { error: 'Il codice fiscale non è valido.' }
    }
  }
}

function checkNumber(field: FormField, raw: unknown): Checked {
  // Accept "12" and "1,5" as typed in an Italian form, not only JSON numbers.
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+([.,]\d+)?$/.test(raw.trim()) ? Number(raw.trim().replace(',', '.')) : NaN
  if (!Number.isFinite(value)) return { error: 'Inserisci un numero.' }
  if (field.min !== undefined && value < field.min) return { error: `Il valore deve essere almeno ${field.min.toLocaleString('it-IT')}.` }
  if (field.max !== undefined && value > field.max) return { error: `Il valore non può superare ${field.max.toLocaleString('it-IT')}.` }
  return { value }
}

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
