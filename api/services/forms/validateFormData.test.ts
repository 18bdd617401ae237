import { describe, expect, it } from 'vitest'

import type { FormField, ServiceForm } from '../../../cms/forms/serviceForm'
import { prefillFormData, validateFormData } from './validateFormData'

const formWith = (fields: FormField[], attachments: ServiceForm['attachments'] = []): ServiceForm => ({
  enabled: true, privacyNotice: 'Informativa.', steps: [{ title: 'Dati', fields }], attachments,
})
const one = (field: Partial<FormField> & Pick<FormField, 'type'>) => formWith([{ name: 'answer', label: 'Risposta', ...field }])
const draft = (form: ServiceForm, data: unknown) => validateFormData(form, data, [], { final: false })
const submit = (form: ServiceForm, data: unknown, slots: string[] = []) =>
  validateFormData(form, data, slots.map((slot) => ({ slot })), { final: true })

describe('answers of each type', () => {
  it.each([
    ['text', { type: 'text' }, ' Via Roma 1 ', 'Via Roma 1'],
    ['textarea', { type: 'textarea' }, 'Riga uno\nriga due', 'Riga uno\nriga due'],
    ['email', { type: 'email' }, 'mario.rossi@example.it', 'mario.rossi@example.it'],
    ['tel (Italian)', { type: 'tel' }, '0831 229111', '0831 229111'],
    ['tel (international)', { type: 'tel' }, '+39 333 1234567', '+39 333 1234567'],
    ['date', { type: 'date' }, '2024-02-29', '2024-02-29'],
    ['number', { type: 'number', min: 1, max: 10 }, 3, 3],
    ['number typed as text with a comma', { type: 'number' }, '2,5', 2.5],
    ['select', { type: 'select', options: [{ value: 'a', label: 'A' }] }, 'a', 'a'],
    ['radio', { type: 'radio', options: [{ value: 'si', label: 'Sì' }, { value: 'no', label: 'No' }] }, 'no', 'no'],
    ['checkbox', { type: 'checkbox' }, false, false],
    ['fiscalCode (upper-cased)', { type: 'fiscalCode' }, 'rssmra85t10a562s', 'RSSMRA85T10A562S'],
  ] as const)('keeps a valid %s answer', (_, field, answer, kept) => {
    const { data, errors } = draft(one(field as FormField), { answer })
    expect(errors).toEqual([])
    expect(data).toEqual({ answer: kept })
  })

  it.each([
    ['text too long', { type: 'text', maxLength: 5 }, 'troppo lungo', 'Il testo è troppo lungo: al massimo 5 caratteri.'],
    ['text over the default 200', { type: 'text' }, 'x'.repeat(201), 'Il testo è troppo lungo: al massimo 200 caratteri.'],
    ['textarea over the default 4000', { type: 'textarea' }, 'x'.repeat(4001), 'Il testo è troppo lungo: al massimo 4000 caratteri.'],
    ['text that is not a string', { type: 'text' }, 42, 'Valore non valido.'],
    ['email without a domain', { type: 'email' }, 'mario@', 'Inserisci un indirizzo email valido.'],
    ['email with spaces', { type: 'email' }, 'mario rossi@example.it', 'Inserisci un indirizzo email valido.'],
    ['tel with letters', { type: 'tel' }, '0831-ABC', expect.stringContaining('numero di telefono valido')],
    ['tel too short', { type: 'tel' }, '12 3', expect.stringContaining('numero di telefono valido')],
    ['date not in ISO form', { type: 'date' }, '29/02/2024', 'Inserisci una data valida.'],
    ['date that does not exist', { type: 'date' }, '2023-02-29', 'Inserisci una data valida.'],
    ['number that is not one', { type: 'number' }, 'tre', 'Inserisci un numero.'],
    ['number that is infinite', { type: 'number' }, Infinity, 'Inserisci un numero.'],
    ['number below min', { type: 'number', min: 1 }, 0, 'Il valore deve essere almeno 1.'],
    ['number above max', { type: 'number', max: 10 }, 11, 'Il valore non può superare 10.'],
    ['select outside the options', { type: 'select', options: [{ value: 'a', label: 'A' }] }, 'b', 'Scegli una delle opzioni proposte.'],
    ['radio outside the options', { type: 'radio', options: [{ value: 'a', label: 'A' }] }, 'z', 'Scegli una delle opzioni proposte.'],
    ['checkbox as text', { type: 'checkbox' }, 'true', 'Valore non valido.'],
    ['fiscalCode with a wrong check character', { type: 'fiscalCode' }, 'RSSMRA85T10A562X', 'Il codice fiscale non è valido.'],
  ] as const)('rejects a %s', (_, field, answer, message) => {
    const result = draft(one(field as FormField), { answer })
    expect(result.data).toEqual({})
    expect(result.errors).toEqual([{ field: 'answer', message }])
  })
})

describe('drafts and submissions', () => {
  const form = formWith([
    { name: 'givenName', label: 'Nome', type: 'text', required: true },
    { name: 'email', label: 'Email', type: 'email', required: true },
    { name: 'consent', label: 'Dichiaro', type: 'checkbox', required: true },
  ])

  it('saves a half-filled draft without asking for the required answers', () => {
    expect(draft(form, { givenName: 'Maria' })).toEqual({ data: { givenName: 'Maria' }, errors: [] })
  })

  it('refuses to submit without the required answers, and wants required checkboxes ticked', () => {
    const { errors } = submit(form, { givenName: '   ', consent: false })
    expect(errors).toEqual([
      { field: 'givenName', message: 'Campo obbligatorio.' },
      { field: 'email', message: 'Campo obbligatorio.' },
      { field: 'consent', message: 'Per procedere devi spuntare questa casella.' },
    ])
  })

  it('reports a malformed required answer once, as malformed', () => {
    expect(submit(form, { givenName: 'Maria', email: 'no', consent: true }).errors).toEqual([{ field: 'email', message: 'Inserisci un indirizzo email valido.' }])
  })

  it('drops names the form does not ask for and ignores data that is not an object', () => {
    expect(draft(form, JSON.parse('{"givenName":"Maria","isAdmin":true,"__proto__":{"x":1}}')).data).toEqual({ givenName: 'Maria' })
    expect(draft(form, ['Maria'])).toEqual({ data: {}, errors: [] })
    expect(draft(form, null)).toEqual({ data: {}, errors: [] })
  })
})

describe('conditional questions', () => {
  const form = formWith(
    [
      { name: 'delegate', label: 'Presenti per conto di altri?', type: 'checkbox' },
      { name: 'delegateName', label: 'Nome del delegante', type: 'text', required: true, showIf: { field: 'delegate', equals: 'true' } },
      { name: 'kind', label: 'Tipo', type: 'radio', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], showIf: { field: 'delegate', equals: 'true' } },
      { name: 'kindDetail', label: 'Dettaglio', type: 'text', required: true, showIf: { field: 'kind', equals: 'b' } },
    ],
    [{ name: 'proxy', label: 'Delega firmata', types: ['pdf'], maxMb: 10, required: true, showIf: { field: 'delegate', equals: 'true' } }],
  )

  it('neither requires nor keeps a hidden question', () => {
    const { data, errors } = submit(form, { delegate: false, delegateName: 'Luigi', kind: 'b', kindDetail: 'x' })
    expect(errors).toEqual([])
    expect(data).toEqual({ delegate: false })
  })

  it('requires a question once its condition holds', () => {
    expect(submit(form, { delegate: true, kind: 'a' }).errors).toEqual([
      { field: 'delegateName', message: 'Campo obbligatorio.' },
      { field: 'proxy', message: 'Allega il documento richiesto: Delega firmata.' },
    ])
  })

  it('hides a question whose condition depends on a hidden question', () => {
    expect(submit(form, { delegate: false, kind: 'b' }).data).toEqual({ delegate: false })
    expect(submit(form, { delegate: true, delegateName: 'Luigi', kind: 'b' }, ['proxy']).errors).toEqual([{ field: 'kindDetail', message: 'Campo obbligatorio.' }])
  })

  it('does not report a malformed answer to a hidden question', () => {
    expect(draft(form, { kind: 'zzz' })).toEqual({ data: {}, errors: [] })
  })
})

describe('attachments', () => {
  const form = formWith([{ name: 'note', label: 'Note', type: 'textarea' }], [
    { name: 'identityDocument', label: 'Documento d’identità', types: ['pdf', 'jpeg', 'png'], maxMb: 10, required: true },
    { name: 'isee', label: 'Attestazione ISEE', types: ['pdf'], maxMb: 10 },
  ])

  it('asks for the required ones only on submission', () => {
    expect(draft(form, {}).errors).toEqual([])
    expect(submit(form, {}).errors).toEqual([{ field: 'identityDocument', message: 'Allega il documento richiesto: Documento d’identità.' }])
    expect(submit(form, {}, ['identityDocument']).errors).toEqual([])
  })
})

describe('prefilling a new draft', () => {
  const form = formWith([
    { name: 'givenName', label: 'Nome', type: 'text', prefill: 'givenName' },
    { name: 'taxCode', label: 'Codice fiscale', type: 'fiscalCode', prefill: 'fiscalCode' },
    { name: 'born', label: 'Nato il', type: 'date', prefill: 'birthDate' },
    { name: 'mobile', label: 'Cellulare', type: 'tel', prefill: 'phone' },
    { name: 'note', label: 'Note', type: 'text' },
  ])

  it('fills the fields that ask for the citizen’s identity', () => {
    expect(prefillFormData(form, { givenName: 'Maria', fiscalCode: 'RSSMRA85T10A562S', email: 'maria@example.it' }))
      .toEqual({ givenName: 'Maria', taxCode: 'RSSMRA85T10A562S' })
  })

  it('leaves out what does not fit the field', () => {
    expect(prefillFormData(form, { birthDate: '10/12/1985', phone: 'n/d', givenName: '' })).toEqual({})
  })
})

describe('cross-field rules', () => {
  const period = formWith([
    { name: 'dataInizio', label: 'Data di inizio', type: 'date' },
    { name: 'dataFine', label: 'Data di fine', type: 'date', compare: { op: 'gte', field: 'dataInizio' } },
    { name: 'posti', label: 'Posti disponibili', type: 'number' },
    { name: 'richiesti', label: 'Posti richiesti', type: 'number', compare: { op: 'lte', field: 'posti' } },
  ])

  it('refuses a submission whose end date is before its start date, naming both fields', () => {
    const { errors } = submit(period, { dataInizio: '2026-12-10', dataFine: '2026-12-09' })
    expect(errors).toEqual([{ field: 'dataFine', message: '“Data di fine” deve essere uguale o successiva a “Data di inizio”.' }])
  })

  it('accepts an end date on the start date or after it', () => {
    expect(submit(period, { dataInizio: '2026-12-10', dataFine: '2026-12-10' }).errors).toEqual([])
    expect(submit(period, { dataInizio: '2026-12-10', dataFine: '2027-01-02' }).errors).toEqual([])
  })

  it('compares numbers as numbers, commas included', () => {
    expect(submit(period, { posti: '9', richiesti: '10' }).errors).toEqual([{ field: 'richiesti', message: '“Posti richiesti” deve essere uguale o minore di “Posti disponibili”.' }])
    expect(submit(period, { posti: '10', richiesti: '9,5' }).errors).toEqual([])
  })

  it('lets a draft keep answers that break a rule, until it is submitted', () => {
    expect(draft(period, { dataInizio: '2026-12-10', dataFine: '2026-12-09' }).errors).toEqual([])
  })

  it('says nothing while one of the two answers is missing', () => {
    expect(submit(period, { dataFine: '2026-12-09' }).errors).toEqual([])
  })
})
