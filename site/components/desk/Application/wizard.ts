// The application form of one draft: privacy notice, the form's steps, attachments, summary and
// submission, with autosave. The page's markup is in Application.astro.
import type { ApiFailure } from '../../../islands/kit/api'
import { byId as $, textToParagraphs } from '../../../islands/kit/dom'
import { clearProblems, showProblems, type Problem } from '../../../islands/kit/errorSummary'
import { dateTimeToItalian, dateToTime, fill } from '../../../islands/kit/format'
import { comparisonProblem } from '../../../islands/practice/comparisons'
import { isShown } from '../../../islands/practice/conditions'
import { practiceStrings as p } from '../../../islands/practice/strings'
import { summaryToElements } from '../../../islands/practice/summary'
import type { Practice, ServiceModule } from '../../../islands/practice/types'
import { renderSlots, slotTarget } from './attachments'
import { DraftSaver } from './draft'
import { payFee, showFee } from './fee'
import { ids } from './ids'
import { applyConditions, questionTarget, questionToElement, readAnswers, writeAnswers } from './questions'
import { Stepper } from './stepper'
import { strings as t } from './strings'
import { showReceipt, submitPractice } from './submission'

/** Builds the form for `practice` and runs it until it is submitted. */
export function runWizard(practice: Practice, module: ServiceModule, sessionExpired: () => void): void {
  const { form } = module
  const fields = form.steps.flatMap((step) => step.fields)
  const formElement = $<HTMLFormElement>(ids.form)
  const errors = $(ids.errors)
  const status = $(ids.saved)
  $(ids.service).textContent = module.service.title
  $(ids.office).textContent = `${p.office}: ${module.service.office.title}`
  $(ids.privacyText).replaceChildren(...textToParagraphs(form.privacyNotice))
  const panels = form.steps.map((step, i) => stepPanel(i, step.title, step.fields.map(questionToElement)))
  $(ids.questions).replaceChildren(...panels)
  writeAnswers(formElement, fields, practice.data)
  renderSlots($(ids.slots), practice.id, form.attachments, practice.attachments, () => undefined)
  const refresh = () => applyConditions(formElement, fields, readAnswers(formElement, fields))
  refresh()

  const privacy = $<HTMLInputElement>(ids.privacy)
  // Accepted once, kept: the date is the evidence the office reads, and a resumed draft does not ask again.
  privacy.checked = Boolean(practice.privacyAcceptedAt)
  if (practice.privacyAcceptedAt) {
    $(ids.privacyAccepted).textContent = fill(t.privacyAcceptedOn, { date: dateTimeToItalian(new Date(practice.privacyAcceptedAt)) })
    $(ids.privacyAccepted).hidden = false
  }
  const saver = new DraftSaver(practice.id, practice.version, () => ({ data: readAnswers(formElement, fields), step: stepper.current, privacyAccepted: privacy.checked }), {
    saving: () => undefined,
    saved: () => void (status.textContent = fill(t.savedAt, { time: dateToTime(new Date()) })),
    failed: (result, explicit) => failed(result, explicit ? t.saveError : null, explicit),
    conflict: () => conflict(),
  })
  const steps = [
    { title: t.privacyTitle, panel: $(ids.privacyStep) },
    ...form.steps.map((step, i) => ({ title: step.title, panel: panels[i]! })),
    ...(form.attachments.length ? [{ title: t.attachmentsTitle, panel: $(ids.attachmentsStep) }] : []),
    { title: t.summaryTitle, panel: $(ids.summaryStep) },
  ]
  $(ids.attachmentsStep).hidden = true
  const stepper = new Stepper(steps, {
    header: $(ids.steps), position: $(ids.position), bar: $(ids.progress), back: $<HTMLButtonElement>(ids.back), next: $<HTMLButtonElement>(ids.next),
  }, {
    canLeave: (index) => {
      clearProblems(errors, formElement)
      const problems = stepProblems(steps[index]!.panel)
      if (problems.length) showProblems(errors, problems, { focus: true })
      return problems.length === 0
    },
    changed: (_, to) => {
      // Where the citizen is is part of the draft: a resume (or the return from pagoPA) opens here.
      // Opening at the saved step is no move of the citizen's, and saves nothing.
      if (opened) saver.changed()
      saver.saveIfChanged()
      if (steps[to]!.panel.id === ids.summaryStep) renderSummary()
    },
  })
  const reveal = (target: string) => stepper.show(stepper.stepOf(target), false)
  let opened = false

  function stepProblems(panel: HTMLElement): Problem[] {
    if (panel.id === ids.privacyStep) return privacy.checked ? [] : [{ target: ids.privacy, message: t.privacyRequired }]
    const answers = readAnswers(formElement, fields)
    if (panel.id === ids.attachmentsStep) {
      return form.attachments.filter((s) => s.required && isShown(s.showIf, fields, answers) && !practice.attachments.some((a) => a.slot === s.name))
        .map((s) => ({ target: slotTarget(s.name), message: fill(t.attachmentRequired, { label: s.label }) }))
    }
    return fields.filter((f) => panel.querySelector(`[data-question="${f.name}"]`) && isShown(f.showIf, fields, answers)).flatMap((f) => {
      const control = $<HTMLInputElement>(questionTarget(f))
      const empty = f.type === 'checkbox' ? answers[f.name] !== true : answers[f.name] === ''
      if (f.required && empty) return [{ target: control.id, message: fill(f.type === 'checkbox' ? t.checkRequired : t.fieldRequired, { label: f.label }) }]
      if (!empty && !control.checkValidity()) return [{ target: control.id, message: fill(t.fieldInvalid, { label: f.label }) }]
      const mismatch = empty ? null : comparisonProblem(f, fields, answers)
      return mismatch ? [{ target: control.id, message: mismatch }] : []
    })
  }

  function renderSummary(): void {
    const edit = (i: number) => stepper.show(i + 1)
    $(ids.summary).replaceChildren(...summaryToElements(form, readAnswers(formElement, fields), practice.attachments, { edit }))
    showFee($(ids.fee), practice.fee)
  }

  /**
   * What a failed call means for the citizen; `fallback` null keeps quiet about transient autosave
   * failures, and only what the citizen just asked for moves the focus to the errors.
   */
  function failed(result: ApiFailure, fallback: string | null, focus: boolean): void {
    if (result.status === 401) return sessionExpired()
    if (result.status === 422 && result.fields.length) {
      const targets = new Map([
        // The API's name for a missing acceptance of the privacy notice (api/services/practices/submit.ts).
        ['informativaPrivacy', { target: ids.privacy, label: t.privacyTitle }] as const,
        ...fields.map((f) => [f.name, { target: questionTarget(f), label: f.label }] as const),
        ...form.attachments.map((s) => [s.name, { target: slotTarget(s.name), label: s.label }] as const),
      ])
      clearProblems(errors, formElement)
      return showProblems(errors, result.fields.map((f) => ({ target: null, ...targets.get(f.field), message: f.message })), { focus, reveal })
    }
    const message = result.message ?? fallback
    if (message) showProblems(errors, [{ target: null, message }], { focus })
  }

  formElement.addEventListener('submit', (event) => event.preventDefault())
  formElement.addEventListener('input', () => {
    saver.changed()
    refresh()
  })
  $(ids.save).addEventListener('click', () => {
    clearProblems(errors, formElement)
    void saver.save(true)
  })
  $(ids.submit).addEventListener('click', () => void submit())
  $(ids.feePay).addEventListener('click', async () => {
    clearProblems(errors, formElement)
    const message = await payFee(practice.id, $<HTMLButtonElement>(ids.feePay), async () => Boolean((await saver.save(false))?.ok))
    if (message) showProblems(errors, [{ target: null, message }], { focus: true })
  })

  async function submit(): Promise<void> {
    const button = $<HTMLButtonElement>(ids.submit)
    const label = button.textContent
    clearProblems(errors, formElement)
    button.disabled = true
    button.textContent = t.submitting
    const saved = await saver.save(false)
    const result = saved?.ok ? await submitPractice(practice.id, saver.version, privacy.checked) : null
    button.disabled = saver.isStopped
    button.textContent = label
    if (!result) return
    if (result.ok) {
      saver.stop()
      $(ids.main).hidden = true
      return showReceipt($(ids.receipt), result.body)
    }
    if (result.status === 409) return conflict()
    failed(result, t.submitError, true)
  }

  function conflict(): void {
    saver.stop()
    $(ids.conflict).hidden = false
    $<HTMLButtonElement>(ids.save).disabled = true
    $<HTMLButtonElement>(ids.submit).disabled = true
    $(ids.conflict).focus()
  }

  $(ids.main).hidden = false
  saver.start()
  stepper.show(resumeAt(practice, steps.length), false)
  opened = true
}

/** The step a draft opens at: where it was saved, never past the privacy notice until it is accepted. */
function resumeAt(practice: Practice, count: number): number {
  if (!practice.privacyAcceptedAt || practice.resumeStep === null) return 0
  return Math.max(0, Math.min(practice.resumeStep, count - 1))
}

function stepPanel(index: number, title: string, questions: HTMLElement[]): HTMLElement {
  const panel = document.createElement('section')
  panel.id = `step-form-${index}`
  panel.setAttribute('aria-labelledby', `${panel.id}-title`)
  const heading = Object.assign(document.createElement('h3'), { id: `${panel.id}-title`, className: 'h4', tabIndex: -1, textContent: title })
  const note = Object.assign(document.createElement('p'), { className: 'small text-secondary', textContent: t.requiredNote })
  panel.append(heading, note, ...questions)
  return panel
}
