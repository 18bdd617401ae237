import { dateToItalian, bytesToItalian } from '../format/italian'
import type { FormData, FormField, ServiceForm } from '../forms/serviceForm'
import { visibilityOf } from '../forms/visibility'
import { belfioreToPlaces, isBelfioreCode } from './places'

// What the citizen declared, as a clerk (and the dossier) reads it: the form's steps, each question's
// label and help, each answer in Italian words — never an option's value, a code, or a slot name.

/** One answered question: its label and help as the form asked it, the answer as people read it. */
export type ReadableAnswer = { name: string; label: string; help?: string; value: string }
/** One step of the form with its questions. */
export type AnswerSection = { title: string; answers: ReadableAnswer[] }
/** An attached file as the back office lists it. */
export type ReadableFile = { id: number | string; filename: string; mime: string; size: string; sha256: string; source: string }
/** The files of one attachment slot, under the slot's label. */
/** The slot of the office's final act (cms/practices/finalAct.ts). */
export const finalActSlot = 'atto-finale'

export type AttachmentGroup = { slot: string; label: string; files: ReadableFile[] }
/** The whole application, readable. */
export type ReadableApplication = { sections: AnswerSection[]; attachments: AttachmentGroup[] }

/** The stored facts of an attachment that the reading needs. */
export type StoredAttachment = { id: number | string; slot: string; filename: string; mime: string; size: number; sha256: string; source?: string | null }

/** Shown for a question the citizen left empty. */
export const NOT_GIVEN = 'Non indicato'

const sourceLabels: Record<string, string> = { domanda: 'Con la domanda', integrazione: 'Integrazione', 'atto-finale': 'Dall’ufficio' }
const number = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 6 })
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A date answer, "2 dicembre 2026": read at noon UTC, so no time zone moves a day-only date. */
const dayToItalian = (value: string): string => (ISO_DATE.test(value) ? dateToItalian(`${value}T12:00:00Z`) : value)

/** One answer in Italian words; `places` names the Belfiore codes of place-of-birth fields. */
export function answerToItalian(field: FormField, value: FormData[string] | undefined, places: ReadonlyMap<string, string> = new Map()): string {
  if (field.type === 'checkbox') return value === true ? 'Sì' : 'No'
  if (value === undefined || value === '') return NOT_GIVEN
  if (typeof value === 'boolean') return value ? 'Sì' : 'No'
  if (typeof value === 'number') return number.format(value)
  if (field.options?.length) return field.options.find((o) => o.value === value)?.label ?? value
  if (field.type === 'date') return dayToItalian(value)
  if (field.prefill === 'birthPlace') return places.get(value) ?? value
  return value
}

/**
 * The answers by the form's steps. A question hidden by its condition was never asked and is left
 * out; a question shown but left empty reads "Non indicato"; a step with nothing shown is left out.
 */
export function answersToSections(form: ServiceForm, data: FormData, places: ReadonlyMap<string, string> = new Map()): AnswerSection[] {
  const visible = visibilityOf(form.steps.flatMap((step) => step.fields), data)
  return form.steps
    .map((step) => ({
      title: step.title,
      answers: step.fields.filter((field) => visible(field.showIf)).map((field) => ({
        name: field.name, label: field.label, ...(field.help ? { help: field.help } : {}), value: answerToItalian(field, data[field.name], places),
      })),
    }))
    .filter((section) => section.answers.length > 0)
}

/** The attachments under their slots' labels, in the form's order; a file of a slot the form does not name (the office's requests) goes under its own group. */
export function attachmentsToGroups(form: ServiceForm, attachments: StoredAttachment[]): AttachmentGroup[] {
  const labels = new Map<string, string>([...form.attachments.map((slot) => [slot.name, slot.label] as const), ['integrazione', 'Integrazioni inviate su richiesta dell’ufficio'], [finalActSlot, 'Atto finale dell’ufficio']])
  const groups = new Map<string, AttachmentGroup>()
  for (const slot of form.attachments) groups.set(slot.name, { slot: slot.name, label: slot.label, files: [] })
  for (const a of attachments) {
    const group = groups.get(a.slot) ?? { slot: a.slot, label: labels.get(a.slot) ?? 'Altri documenti', files: [] }
    groups.set(a.slot, group)
    group.files.push({ id: a.id, filename: a.filename, mime: a.mime, size: bytesToItalian(a.size), sha256: a.sha256, source: sourceLabels[a.source ?? 'domanda'] ?? sourceLabels.domanda! })
  }
  return [...groups.values()].filter((group) => group.files.length > 0)
}

/** The Belfiore codes among the answers to place-of-birth questions, to name before reading. */
export function placeCodesIn(form: ServiceForm, data: FormData): string[] {
  return form.steps.flatMap((step) => step.fields)
    .filter((field) => field.prefill === 'birthPlace')
    .map((field) => data[field.name])
    .filter((value): value is string => typeof value === 'string' && isBelfioreCode(value))
}

/** The application as the back office reads it: answers by section, attachments by slot, places by name. */
export async function readApplication(form: ServiceForm, data: FormData, attachments: StoredAttachment[]): Promise<ReadableApplication> {
  const places = await belfioreToPlaces(placeCodesIn(form, data))
  return { sections: answersToSections(form, data, places), attachments: attachmentsToGroups(form, attachments) }
}
