// The questions of an online form in the page: built from the <template>s of QuestionTemplates.astro,
// read back as answers, shown or hidden live by their showIf conditions.
import { cloneTemplate as clone, slotsOf } from '../../../islands/kit/dom'
import { isShown } from '../../../islands/practice/conditions'
import type { Answers, Condition, FormField } from '../../../islands/practice/types'
import { templates } from './ids'
import { strings } from './strings'

const inputTypes: Record<string, string> = { text: 'text', email: 'email', tel: 'tel', date: 'date', number: 'text', fiscalCode: 'text' }
const autocomplete: Record<string, string> = {
  givenName: 'given-name', familyName: 'family-name', email: 'email', phone: 'tel', birthDate: 'bday', address: 'address-line1',
}

/** The id of the control a question's error links to (the first radio of a group). */
export const questionTarget = (field: Pick<FormField, 'name' | 'type'>): string => (field.type === 'radio' ? `q-${field.name}-0` : `q-${field.name}`)

/** One question, with its label, required mark, help (aria-describedby) and a place for its error. */
export function questionToElement(field: FormField): HTMLElement {
  const kind = field.type === 'textarea' || field.type === 'select' || field.type === 'checkbox' || field.type === 'radio' ? field.type : 'input'
  const element = clone(templates[kind])
  const slot = slotsOf(element)
  const id = `q-${field.name}`
  element.dataset.question = field.name
  if (field.showIf) element.dataset.showIf = JSON.stringify(field.showIf)
  const label = slot('label')
  label.textContent = field.label
  if (field.required) label.append(requiredMark())
  const help = slot('help')
  help.id = `${id}-help`
  if (field.help) help.textContent = field.help
  else help.remove()
  slot('error').id = `${id}-error`
  const describedBy = [`${id}-error`, ...(field.help ? [`${id}-help`] : [])].join(' ')
  if (field.type === 'radio') {
    slot('options').replaceChildren(...(field.options ?? []).map((option, i) => {
      const row = clone(templates.radioOption)
      const input = row.querySelector<HTMLInputElement>('input')!
      Object.assign(input, { id: `${id}-${i}`, name: field.name, value: option.value, required: Boolean(field.required) })
      input.setAttribute('aria-describedby', describedBy)
      const optionLabel = row.querySelector('label')!
      optionLabel.htmlFor = input.id
      optionLabel.textContent = option.label
      return row
    }))
    return element
  }
  const control = slot<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>('control')
  Object.assign(control, { id, name: field.name, required: Boolean(field.required) })
  control.setAttribute('aria-describedby', describedBy)
  ;(label as HTMLLabelElement).htmlFor = id
  if (kind === 'input') (control as HTMLInputElement).type = inputTypes[field.type] ?? 'text'
  if (field.type === 'number') control.inputMode = 'decimal'
  // The same shapes the API checks, so most mistakes show before the step is left.
  if (field.type === 'fiscalCode') Object.assign(control, { maxLength: 16, pattern: '[A-Za-z0-9]{16}', autocapitalize: 'characters', spellcheck: false })
  if (field.type === 'tel') control.pattern = '\\+?[0-9 ]{6,20}'
  if ((field.type === 'text' || field.type === 'textarea') && field.maxLength) control.maxLength = field.maxLength
  if (field.prefill && autocomplete[field.prefill]) control.autocomplete = autocomplete[field.prefill] as AutoFill
  if (field.type === 'select') {
    control.append(new Option(strings.choose, ''), ...(field.options ?? []).map((o) => new Option(o.label, o.value)))
  }
  return element
}

/** The answers as the API stores them: text as typed, checkboxes as booleans. */
export function readAnswers(form: HTMLFormElement, fields: FormField[]): Answers {
  const answers: Answers = {}
  for (const field of fields) {
    const control = form.elements.namedItem(field.name)
    if (field.type === 'checkbox') answers[field.name] = (control as HTMLInputElement | null)?.checked ?? false
    else if (control) answers[field.name] = (control as HTMLInputElement | RadioNodeList).value
  }
  return answers
}

/** Puts saved answers back into the questions. */
export function writeAnswers(form: HTMLFormElement, fields: FormField[], answers: Answers): void {
  for (const field of fields) {
    const control = form.elements.namedItem(field.name)
    const value = answers[field.name]
    if (!control || value === undefined) continue
    if (field.type === 'checkbox') (control as HTMLInputElement).checked = value === true
    else (control as HTMLInputElement | RadioNodeList).value = String(value)
  }
}

/** Shows exactly the questions and attachment slots (anything with data-show-if) whose condition holds. */
export function applyConditions(root: HTMLElement, fields: FormField[], answers: Answers): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-show-if]')) {
    element.hidden = !isShown(JSON.parse(element.dataset.showIf!) as Condition, fields, answers)
  }
}

function requiredMark(): HTMLElement {
  const mark = document.createElement('span')
  mark.setAttribute('aria-hidden', 'true')
  mark.textContent = ' *'
  return mark
}
