import type { ArrayField, Field, GroupField, TextField, Validate } from 'payload'
import { array, text } from 'payload/shared'

import { attachmentFileTypes, fieldComparisons, formFieldTypes, prefillSources } from '../constants/formFieldTypes'
import { CHOICE_TYPES, FORM_NAME_PATTERN } from '../forms/serviceForm'

// The online form of a service as staff edit it. The shape is what cms/forms/serviceForm.ts reads
// back (formFromService); the checks here mirror its schema's, worded for the admin screen.
// Names stay short: on PostgreSQL each nested array is a table named after its path.

type Row = Record<string, unknown>
const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter((r): r is Row => typeof r === 'object' && r !== null) : [])
const formOf = (data: unknown): Row => ((data as Row | undefined)?.form as Row | undefined) ?? {}
const fieldsOf = (data: unknown): Row[] => rows(formOf(data).steps).flatMap((step) => rows(step.fields))
const rowCount = (value: unknown): number => (Array.isArray(value) ? value.length : Number(value) || 0)

const validateName: Validate<string> = (value, options) => {
  const basic = text(value, options as Parameters<typeof text>[1])
  if (basic !== true || !value) return basic
  if (!FORM_NAME_PATTERN.test(value)) return 'Usa solo lettere e cifre, iniziando con una minuscola e senza spazi (per esempio dataNascita).'
  const names = [...fieldsOf(options.data), ...rows(formOf(options.data).attachments)].map((row) => row.name)
  if (names.filter((n) => n === value).length > 1) return `Il nome "${value}" è già usato in questo modulo: ogni campo e allegato ne vuole uno diverso.`
  return true
}

const validateConditionField: Validate<string> = (value, { data, path }) => {
  if (!value) return true
  // path ends in […, row index, 'showIf', 'field']: the row is two steps up.
  const ownName = (path.slice(0, -2).reduce<unknown>((node, key) => (node as Row | undefined)?.[key], data) as Row | undefined)?.name
  const exists = fieldsOf(data).some((field) => field.name === value && field.name !== ownName)
  return exists || `Nel modulo non c’è un altro campo di nome "${value}".`
}

const validateCompareField: Validate<string, unknown, Row> = (value, { data, path, siblingData }) => {
  if (!value) return !siblingData?.op || 'Indica il nome tecnico del campo con cui confrontare.'
  // path ends in […, row index, 'compare', 'field']: the row is two steps up.
  const own = path.slice(0, -2).reduce<unknown>((node, key) => (node as Row | undefined)?.[key], data) as Row | undefined
  const other = fieldsOf(data).find((field) => field.name === value && field.name !== own?.name)
  if (!other) return `Nel modulo non c’è un altro campo di nome "${value}".`
  return other.type === own?.type || 'Il confronto si fa tra due campi dello stesso tipo (due date o due numeri).'
}

const validateCompareOp: Validate<string, unknown, Row> = (value, { siblingData }) =>
  !siblingData?.field || Boolean(value) || 'Scegli la regola del confronto.'

const validateConditionValue: Validate<string, unknown, Row> = (value, { siblingData }) =>
  !siblingData?.field || Boolean(value) || 'Indica il valore che fa comparire la domanda.'

const validateMax: Validate<number, unknown, Row> = (value, { siblingData }) =>
  typeof value !== 'number' || typeof siblingData?.min !== 'number' || value >= siblingData.min || 'Il valore massimo è minore del minimo.'

const validateOptions: Validate<unknown, unknown, Row> = (value, options) => {
  const basic = array(value as never, options as never)
  if (basic !== true) return basic
  const needsOptions = CHOICE_TYPES.some((type) => type === options.siblingData?.type)
  return !needsOptions || rowCount(value) > 0 || 'Indica almeno un’opzione tra cui scegliere.'
}

const validateSteps: Validate<unknown, unknown, Row> = (value, options) => {
  const basic = array(value as never, options as never)
  if (basic !== true) return basic
  return !options.siblingData?.enabled || rowCount(value) > 0 || 'Aggiungi almeno un passaggio con le domande del modulo.'
}

const name = (): TextField => ({
  name: 'name',
  label: 'Nome tecnico',
  type: 'text',
  required: true,
  maxLength: 40,
  validate: validateName,
  admin: { description: 'Identifica la risposta nella pratica: lettere e cifre, senza spazi (es. dataNascita).', width: '50%' },
})
const label = (description?: string): TextField => ({ name: 'label', label: 'Etichetta', type: 'text', required: true, maxLength: 200, admin: { width: '50%', description } })
const help = (): Field => ({ name: 'help', label: 'Suggerimento', type: 'text', maxLength: 500, admin: { description: 'Testo di aiuto mostrato sotto la domanda.' } })
const required = (label: string): Field => ({ name: 'required', label, type: 'checkbox', defaultValue: false })

const showIf = (): GroupField => ({
  name: 'showIf',
  label: 'Mostra solo se',
  type: 'group',
  admin: { description: 'Facoltativo: la domanda compare solo quando un altro campo ha questo valore (per una casella di spunta: true).' },
  fields: [
    { type: 'row', fields: [
      { name: 'field', label: 'Nome tecnico del campo', type: 'text', validate: validateConditionField, admin: { width: '50%' } },
      { name: 'equals', label: 'Valore', type: 'text', validate: validateConditionValue, admin: { width: '50%' } },
    ] },
  ],
})

/** A rule between this date or number answer and another one ("la fine non prima dell’inizio"), checked in the browser and by the API. */
const compare = (): GroupField => ({
  name: 'compare',
  label: 'Confronto con un altro campo',
  type: 'group',
  admin: {
    condition: (_, sibling) => sibling?.type === 'date' || sibling?.type === 'number',
    description: 'Facoltativo: per esempio la data di fine «non prima di» quella di inizio (nome tecnico dataInizio).',
  },
  fields: [
    { type: 'row', fields: [
      { name: 'op', label: 'Regola', type: 'select', options: fieldComparisons.map(({ value, label }) => ({ value, label })), validate: validateCompareOp, admin: { width: '50%' } },
      { name: 'field', label: 'Nome tecnico dell’altro campo', type: 'text', validate: validateCompareField, admin: { width: '50%' } },
    ] },
  ],
})

const fields: ArrayField = {
  name: 'fields',
  label: 'Domande',
  labels: { singular: 'Domanda', plural: 'Domande' },
  type: 'array',
  required: true,
  minRows: 1,
  fields: [
    { type: 'row', fields: [name(), label()] },
    { type: 'row', fields: [
      { name: 'type', label: 'Tipo di risposta', type: 'select', required: true, defaultValue: 'text', options: formFieldTypes.map(({ value, label }) => ({ value, label })), admin: { width: '50%' } },
      { name: 'prefill', label: 'Compila in anticipo con', type: 'select', options: prefillSources.map(({ value, label }) => ({ value, label })), admin: { width: '50%', description: 'Dati dell’identità digitale o del profilo del cittadino, che può correggerli.' } },
    ] },
    required('Obbligatoria'),
    help(),
    {
      name: 'options',
      label: 'Opzioni',
      labels: { singular: 'Opzione', plural: 'Opzioni' },
      type: 'array',
      validate: validateOptions,
      admin: { condition: (_, sibling) => CHOICE_TYPES.includes(sibling?.type) },
      fields: [{ type: 'row', fields: [
        { name: 'value', label: 'Valore', type: 'text', required: true, maxLength: 100, admin: { width: '50%' } },
        { name: 'label', label: 'Etichetta', type: 'text', required: true, maxLength: 200, admin: { width: '50%' } },
      ] }],
    },
    { type: 'row', admin: { condition: (_, sibling) => sibling?.type === 'number' }, fields: [
      { name: 'min', label: 'Valore minimo', type: 'number', admin: { width: '50%' } },
      { name: 'max', label: 'Valore massimo', type: 'number', validate: validateMax, admin: { width: '50%' } },
    ] },
    { name: 'maxLength', label: 'Lunghezza massima', type: 'number', min: 1, max: 10_000, admin: { condition: (_, sibling) => sibling?.type === 'text' || sibling?.type === 'textarea', description: 'Caratteri; se vuoto 200 per il testo breve, 4000 per il testo lungo.' } },
    compare(),
    showIf(),
  ],
}

const attachments: ArrayField = {
  name: 'attachments',
  label: 'Allegati',
  labels: { singular: 'Allegato', plural: 'Allegati' },
  type: 'array',
  admin: { condition: (_, sibling) => Boolean(sibling?.enabled), description: 'I documenti che il cittadino carica nel passaggio «Allegati».' },
  fields: [
    { type: 'row', fields: [name(), label('Per esempio: Documento d’identità.')] },
    help(),
    required('Obbligatorio'),
    { type: 'row', fields: [
      { name: 'types', label: 'Formati accettati', type: 'select', hasMany: true, required: true, defaultValue: ['pdf'], options: attachmentFileTypes.map(({ value, label }) => ({ value, label })), admin: { width: '50%' } },
      { name: 'maxMb', label: 'Dimensione massima (MB)', type: 'number', required: true, defaultValue: 10, min: 1, max: 20, admin: { width: '50%', step: 1 } },
    ] },
    showIf(),
  ],
}

/** The "Modulo online" of a service: the form citizens fill in to apply online, and its attachments. */
export const serviceForm = (): GroupField => ({
  name: 'form',
  label: 'Modulo online',
  type: 'group',
  fields: [
    { name: 'enabled', label: 'Accetta domande online con questo modulo', type: 'checkbox', defaultValue: false },
    {
      name: 'privacyNotice',
      label: 'Informativa sul trattamento dei dati personali',
      type: 'textarea',
      admin: { condition: (_, sibling) => Boolean(sibling?.enabled), description: 'Il cittadino la legge e la accetta prima di compilare.' },
      validate: ((value, { siblingData }) => !siblingData?.enabled || Boolean(typeof value === 'string' && value.trim()) || 'Scrivi l’informativa sulla privacy.') satisfies Validate<string, unknown, Row>,
    },
    {
      name: 'steps',
      label: 'Passaggi',
      labels: { singular: 'Passaggio', plural: 'Passaggi' },
      type: 'array',
      validate: validateSteps,
      admin: { condition: (_, sibling) => Boolean(sibling?.enabled), description: 'Ogni passaggio è una pagina del modulo con le sue domande.' },
      fields: [{ name: 'title', label: 'Titolo del passaggio', type: 'text', required: true, maxLength: 120 }, fields],
    },
    attachments,
  ],
})
