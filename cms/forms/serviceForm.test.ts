import { describe, expect, it } from 'vitest'

import { fieldMaxLength, formFromService, serviceFormSchema, ServiceFormError, type ServiceForm } from './serviceForm'

// What Payload hands back for a service's `form` group: row ids, nulls for empty values, empty groups.
const stored = () => ({
  enabled: true,
  privacyNotice: 'I dati sono trattati dal Comune di Brindisi.',
  steps: [{
    id: '6650a1',
    title: 'Richiedente',
    fields: [
      { id: 'f1', name: 'givenName', label: 'Nome', type: 'text', required: true, help: null, options: [], min: null, max: null, maxLength: null, prefill: 'givenName', showIf: { field: null, equals: null } },
      { id: 'f2', name: 'kind', label: 'Tipo', type: 'radio', required: false, help: '', options: [{ id: 'o1', value: 'a', label: 'A' }], min: null, max: null, maxLength: null, prefill: null, showIf: { field: '', equals: '' } },
      { id: 'f3', name: 'detail', label: 'Dettaglio', type: 'textarea', required: null, help: 'Descrivi', options: null, maxLength: 500, showIf: { field: 'kind', equals: 'a' } },
    ],
  }],
  attachments: [{ id: 'a1', name: 'identityDocument', label: 'Documento d’identità', help: null, required: true, types: ['pdf', 'png'], maxMb: 10, showIf: { field: null, equals: null } }],
})

const clean: ServiceForm = {
  enabled: true,
  privacyNotice: 'I dati sono trattati dal Comune di Brindisi.',
  steps: [{
    title: 'Richiedente',
    fields: [
      { name: 'givenName', label: 'Nome', type: 'text', required: true, prefill: 'givenName' },
      { name: 'kind', label: 'Tipo', type: 'radio', options: [{ value: 'a', label: 'A' }] },
      { name: 'detail', label: 'Dettaglio', type: 'textarea', help: 'Descrivi', maxLength: 500, showIf: { field: 'kind', equals: 'a' } },
    ],
  }],
  attachments: [{ name: 'identityDocument', label: 'Documento d’identità', required: true, types: ['pdf', 'png'], maxMb: 10 }],
}

describe('formFromService', () => {
  it('strips row ids and empty values from what Payload stores', () => {
    expect(formFromService({ form: stored() })).toEqual(clean)
  })

  it('gives null when the service takes no online applications', () => {
    expect(formFromService({ form: { ...stored(), enabled: false } })).toBeNull()
    expect(formFromService({ form: { enabled: null, steps: [], attachments: [] } })).toBeNull()
    expect(formFromService({ form: null })).toBeNull()
    expect(formFromService({})).toBeNull()
  })

  it('treats missing attachments as none', () => {
    expect(formFromService({ form: { ...stored(), attachments: null } })?.attachments).toEqual([])
  })

  it('refuses an enabled form that could not be filled in, saying where', () => {
    const broken = stored()
    broken.steps[0]!.fields[2]!.showIf = { field: 'missing', equals: 'a' }
    expect(() => formFromService({ form: broken })).toThrow(ServiceFormError)
    expect(() => formFromService({ form: broken })).toThrow(/steps\.0\.fields\.2\.showIf\.field/)
    expect(() => formFromService({ form: { ...stored(), privacyNotice: null } })).toThrow(/privacyNotice/)
  })
})

describe('serviceFormSchema', () => {
  const problems = (change: (form: ServiceForm) => void) => {
    const form = structuredClone(clean)
    change(form)
    const result = serviceFormSchema.safeParse(form)
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }

  it('accepts a well-formed form', () => {
    expect(problems(() => {})).toEqual([])
  })

  it('rejects names that cannot be keys of the practice data', () => {
    expect(problems((f) => { f.steps[0]!.fields[0]!.name = 'Nome proprio' })).toEqual([expect.stringMatching(/^steps\.0\.fields\.0\.name: /)])
    expect(problems((f) => { f.steps[0]!.fields[0]!.name = 'data-nascita' })).toHaveLength(1)
  })

  it('rejects a name used twice, across questions and attachment slots', () => {
    expect(problems((f) => { f.steps[0]!.fields[1]!.name = 'givenName' })).toContain('steps.0.fields.1.name: Il nome "givenName" è già usato in questo modulo.')
    expect(problems((f) => { f.attachments[0]!.name = 'detail' })).toContain('attachments.0.name: Il nome "detail" è già usato in questo modulo.')
  })

  it('rejects a condition on a question that does not exist, or on itself', () => {
    expect(problems((f) => { f.steps[0]!.fields[2]!.showIf = { field: 'nope', equals: 'x' } })).toHaveLength(1)
    expect(problems((f) => { f.steps[0]!.fields[2]!.showIf = { field: 'detail', equals: 'x' } })).toHaveLength(1)
    expect(problems((f) => { f.attachments[0]!.showIf = { field: 'identityDocument', equals: 'x' } })).toHaveLength(1)
  })

  it('rejects a choice without options and bounds the wrong way round', () => {
    expect(problems((f) => { f.steps[0]!.fields[1]!.options = [] })).toEqual(['steps.0.fields.1.options: Indica almeno un’opzione tra cui scegliere.'])
    expect(problems((f) => { f.steps[0]!.fields[0]! = { name: 'age', label: 'Età', type: 'number', min: 10, max: 5 } })).toHaveLength(1)
  })

  it('rejects unknown types, unknown keys and attachment slots without a file type', () => {
    expect(problems((f) => { (f.steps[0]!.fields[0] as { type: string }).type = 'file' })).toHaveLength(1)
    expect(problems((f) => { Object.assign(f.steps[0]!.fields[0]!, { placeholder: 'x' }) })).toHaveLength(1)
    expect(problems((f) => { f.attachments[0]!.types = [] })).toHaveLength(1)
  })

  it('rejects a form with no questions', () => {
    expect(problems((f) => { f.steps = [] })).toHaveLength(1)
    expect(problems((f) => { f.steps[0]!.fields = [] })).not.toHaveLength(0)
  })
})

describe('fieldMaxLength', () => {
  it('defaults to 200 for short text and 4000 for long text', () => {
    expect(fieldMaxLength({ type: 'text' })).toBe(200)
    expect(fieldMaxLength({ type: 'textarea' })).toBe(4000)
    expect(fieldMaxLength({ type: 'text', maxLength: 30 })).toBe(30)
  })
})

describe('cross-field rules in a form definition', () => {
  const base = { enabled: true, privacyNotice: 'Informativa.', attachments: [] }
  const withFields = (fields: unknown[]) => serviceFormSchema.safeParse({ ...base, steps: [{ title: 'Dati', fields }] })

  it('accepts a date compared with another date', () => {
    const parsed = withFields([{ name: 'inizio', label: 'Inizio', type: 'date' }, { name: 'fine', label: 'Fine', type: 'date', compare: { op: 'gte', field: 'inizio' } }])
    expect(parsed.success).toBe(true)
  })

  it.each([
    ['a field that does not exist', [{ name: 'fine', label: 'Fine', type: 'date', compare: { op: 'gte', field: 'inizio' } }], 'non esiste'],
    ['a field of another type', [{ name: 'inizio', label: 'Inizio', type: 'number' }, { name: 'fine', label: 'Fine', type: 'date', compare: { op: 'gte', field: 'inizio' } }], 'stesso tipo'],
    ['a text field', [{ name: 'inizio', label: 'Inizio', type: 'text' }, { name: 'fine', label: 'Fine', type: 'text', compare: { op: 'gte', field: 'inizio' } }], 'stesso tipo'],
  ])('refuses a rule against %s', (_, fields, words) => {
    const parsed = withFields(fields)
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues.map((i) => i.message).join(' ')).toContain(words)
  })
})
