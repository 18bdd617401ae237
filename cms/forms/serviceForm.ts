import { z } from 'zod'

import { attachmentFileTypes, fieldComparisons, formFieldTypes, prefillSources } from '../constants/formFieldTypes'

// The online form of a service ("istanza"), as staff define it in the admin (Servizi → Modulo online).
// The same schema checks the seed files and what formFromService reads back from the database, so a
// form that reaches citizens always has unique names and conditions that point at real fields.

const values = <T extends readonly { value: string }[]>(list: T) =>
  z.enum(list.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]])

/** The shape of a field or attachment slot name: it becomes a key of the stored practice data. */
export const FORM_NAME_PATTERN = /^[a-z][a-zA-Z0-9]*$/

const name = z.string().regex(FORM_NAME_PATTERN, 'nome: lettera minuscola iniziale, poi lettere e cifre (es. dataNascita)')
const text = z.string().trim().min(1)
const condition = z.strictObject({ field: name, equals: z.string() })
/** "This answer op that field's answer", for dates and numbers (cms/forms/compare.ts). */
const comparison = z.strictObject({ op: values(fieldComparisons), field: name })

const formField = z.strictObject({
  name,
  label: text.max(200),
  type: values(formFieldTypes),
  required: z.boolean().optional(),
  help: z.string().max(500).optional(),
  options: z.array(z.strictObject({ value: text.max(100), label: text.max(200) })).optional(),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  maxLength: z.number().int().min(1).max(10_000).optional(),
  prefill: values(prefillSources).optional(),
  compare: comparison.optional(),
  showIf: condition.optional(),
})

const attachmentSlot = z.strictObject({
  name,
  label: text.max(200),
  help: z.string().max(500).optional(),
  required: z.boolean().optional(),
  types: z.array(values(attachmentFileTypes)).min(1),
  maxMb: z.number().min(1).max(20),
  showIf: condition.optional(),
})

/** A service's online form: what the citizen is asked, step by step, and which documents to attach. */
export const serviceFormSchema = z
  .strictObject({
    enabled: z.boolean(),
    privacyNotice: text.max(5000),
    steps: z.array(z.strictObject({ title: text.max(120), fields: z.array(formField).min(1) })).min(1),
    attachments: z.array(attachmentSlot).default([]),
  })
  .superRefine((form, ctx) => {
    for (const problem of formDefinitionProblems(form)) ctx.addIssue({ code: 'custom', ...problem })
  })

export type ServiceForm = z.infer<typeof serviceFormSchema>
export type FormStep = ServiceForm['steps'][number]
export type FormField = FormStep['fields'][number]
export type FormFieldType = FormField['type']
export type Prefill = NonNullable<FormField['prefill']>
export type AttachmentSlot = ServiceForm['attachments'][number]
export type AttachmentFileType = AttachmentSlot['types'][number]
/** The answers of one practice, by field name. */
export type FormData = Record<string, string | number | boolean>

/** The field types whose answer is one of the listed options. */
export const CHOICE_TYPES: readonly FormFieldType[] = ['select', 'radio']

/** The field types whose answers can be compared with another answer (FormField.compare). */
export const COMPARABLE_TYPES: readonly FormFieldType[] = ['date', 'number']

/** The longest answer a text field takes: its own maxLength, or 200 (text) / 4000 (textarea). */
export function fieldMaxLength(field: Pick<FormField, 'type' | 'maxLength'>): number {
  return field.maxLength ?? (field.type === 'textarea' ? 4000 : 200)
}

type Problem = { path: (string | number)[]; message: string }

/** What is wrong in a form definition beyond each value's shape: clashing names, dangling conditions. */
export function formDefinitionProblems(form: Pick<ServiceForm, 'steps' | 'attachments'>): Problem[] {
  const problems: Problem[] = []
  const fieldNames = new Set(form.steps.flatMap((step) => step.fields.map((field) => field.name)))
  const seen = new Set<string>()
  const checkName = (itemName: string, path: (string | number)[]) => {
    if (seen.has(itemName)) problems.push({ path: [...path, 'name'], message: `Il nome "${itemName}" è già usato in questo modulo.` })
    seen.add(itemName)
  }
  const checkCondition = (showIf: { field: string } | undefined, itemName: string, path: (string | number)[]) => {
    if (!showIf) return
    if (showIf.field === itemName || !fieldNames.has(showIf.field)) {
      problems.push({ path: [...path, 'showIf', 'field'], message: `La condizione si riferisce a un campo che non esiste: "${showIf.field}".` })
    }
  }
  form.steps.forEach((step, s) =>
    step.fields.forEach((field, f) => {
      const path = ['steps', s, 'fields', f]
      checkName(field.name, path)
      checkCondition(field.showIf, field.name, path)
      if (CHOICE_TYPES.includes(field.type) && !field.options?.length) {
        problems.push({ path: [...path, 'options'], message: 'Indica almeno un’opzione tra cui scegliere.' })
      }
      if (field.compare) {
        const other = form.steps.flatMap((st) => st.fields).find((f) => f.name === field.compare!.field && f.name !== field.name)
        if (!other) problems.push({ path: [...path, 'compare', 'field'], message: `Il confronto si riferisce a un campo che non esiste: "${field.compare.field}".` })
        else if (!COMPARABLE_TYPES.includes(field.type) || other.type !== field.type) {
          problems.push({ path: [...path, 'compare', 'field'], message: 'Il confronto si fa tra due campi dello stesso tipo (due date o due numeri).' })
        }
      }
      if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
        problems.push({ path: [...path, 'max'], message: 'Il valore massimo è minore del minimo.' })
      }
    }),
  )
  form.attachments.forEach((slot, a) => {
    checkName(slot.name, ['attachments', a])
    checkCondition(slot.showIf, slot.name, ['attachments', a])
  })
  return problems
}

/** Raised when a service's stored form cannot be offered to citizens; the message says why. */
export class ServiceFormError extends Error {
  override name = 'ServiceFormError'
}

/**
 * The clean form of a service from what Payload stores in its `form` group (row ids, nulls for empty
 * values, empty conditions), or null when the service takes no online applications.
 */
export function formFromService(service: { form?: unknown }): ServiceForm | null {
  const stored = asRecord(service.form)
  if (stored?.enabled !== true) return null
  const parsed = serviceFormSchema.safeParse(prune({
    enabled: true,
    privacyNotice: stored.privacyNotice,
    steps: stored.steps ?? [],
    attachments: stored.attachments ?? [],
  }))
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new ServiceFormError(`Il modulo online del servizio non è valido: ${issues.join('; ')}`)
  }
  return parsed.data
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null

/** Drops Payload's row ids and every empty optional value (null, '', false flags, empty lists and groups). */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune)
  const record = asRecord(value)
  if (!record) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(record)) {
    if (key === 'id' || item === null || item === undefined || item === '') continue
    if (key === 'required' && item === false) continue
    const clean = prune(item)
    if (key === 'options' && Array.isArray(clean) && clean.length === 0) continue
    if (asRecord(clean) && Object.keys(clean as object).length === 0) continue
    out[key] = clean
  }
  return out
}
