// A practice's answers and attachments as the citizen reads them back: one block per step of the form,
// labels from the form definition, option labels instead of codes. Used by "Riepilogo" and by the
// practice's own page.
import { dateToShortItalian, fill } from '../kit/format'
import { isShown } from './conditions'
import { practiceStrings } from './strings'
import type { Answers, Attachment, FormField, ServiceForm } from './types'

const strings = practiceStrings.summary

/** Where the blocks link: "Modifica" back to a step (index in form.steps), a file to its download. */
export type SummaryLinks = { edit?: (stepIndex: number) => void; file?: (attachment: Attachment) => string }

/** The answer of one question as text. */
export function answerToText(field: FormField, value: Answers[string] | undefined): string {
  if (field.type === 'checkbox') return value === true ? strings.yes : strings.no
  if (value === undefined || value === '') return strings.notGiven
  if (field.options) return field.options.find((o) => o.value === String(value))?.label ?? String(value)
  if (field.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return dateToShortItalian(new Date(`${value}T12:00:00Z`))
  return String(value)
}

/** One block per step (only the questions shown for these answers), then the attachments by slot. */
export function summaryToElements(form: ServiceForm, answers: Answers, attachments: Attachment[], links: SummaryLinks = {}): HTMLElement[] {
  const fields = form.steps.flatMap((step) => step.fields)
  const blocks = form.steps.map((step, i) => {
    const rows = step.fields.filter((f) => isShown(f.showIf, fields, answers)).map((f) => [f.label, answerToText(f, answers[f.name])] as const)
    return block(step.title, rows.map(([label, text]) => [label, document.createTextNode(text)]), links.edit && (() => links.edit!(i)))
  })
  const slots = form.attachments.filter((slot) => isShown(slot.showIf, fields, answers))
  const known = new Set(slots.map((s) => s.name))
  const extra = attachments.filter((a) => !known.has(a.slot))
  if (!slots.length && !extra.length) return blocks
  const files = (list: Attachment[]): Node => {
    if (!list.length) return document.createTextNode(strings.notGiven)
    const ul = document.createElement('ul')
    ul.className = 'list-unstyled mb-0'
    ul.append(...list.map((a) => {
      const li = document.createElement('li')
      if (links.file) li.append(Object.assign(document.createElement('a'), { href: links.file(a), textContent: a.filename, download: a.filename }))
      else li.textContent = a.filename
      return li
    }))
    return ul
  }
  const rows: [string, Node][] = slots.map((slot) => [slot.label, files(attachments.filter((a) => a.slot === slot.name))])
  // Documents sent later (answers to a request for more documents) have no slot in the form.
  if (extra.length) rows.push([strings.laterFiles, files(extra)])
  return [...blocks, block(strings.attachments, rows, links.edit && (() => links.edit!(form.steps.length)))]
}

function block(title: string, rows: [string, Node][], edit: (() => void) | undefined): HTMLElement {
  const section = document.createElement('div')
  section.className = 'mb-4'
  const head = document.createElement('div')
  head.className = 'd-flex flex-wrap justify-content-between align-items-baseline gap-2 border-bottom mb-2'
  const heading = document.createElement('h4')
  heading.className = 'h5'
  heading.textContent = title
  head.append(heading)
  if (edit) {
    const link = Object.assign(document.createElement('a'), { href: '#', textContent: strings.edit })
    link.setAttribute('aria-label', fill(strings.editLabel, { step: title }))
    link.addEventListener('click', (event) => {
      event.preventDefault()
      edit()
    })
    head.append(link)
  }
  const list = document.createElement('dl')
  list.className = 'row mb-0'
  for (const [label, value] of rows) {
    const dt = Object.assign(document.createElement('dt'), { className: 'col-sm-5', textContent: label })
    const dd = Object.assign(document.createElement('dd'), { className: 'col-sm-7' })
    dd.append(value)
    list.append(dt, dd)
  }
  section.append(head, list)
  return section
}
