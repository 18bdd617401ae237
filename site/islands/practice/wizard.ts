// The application form of one draft: privacy notice, the form's steps, attachments, summary and
// submission, with autosave. The page's markup is in site/pages/area-personale/domanda/index.astro.
import type { UiStrings } from '../../i18n'
import { dateToTime } from '../../lib/dateToItalian'
import { fill, type ApiResult } from './api'
import { renderSlots, slotTarget } from './attachments'
import { textToParagraphs } from './dom'
import { DraftSaver } from './draft'
import { clearProblems, showProblems, type Problem } from './errors'
import { payFee, showFee } from './fee'
import { applyConditions, isShown, questionTarget, questionToElement, readAnswers, writeAnswers } from './questions'
import { Stepper } from './stepper'
import { showReceipt, submitPractice } from './submission'
import { summaryToElements } from './summary'
import type { Practice, ServiceModule } from './types'

type Strings = UiStrings['practices']
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

/** Builds the form for `practice` and runs it until it is submitted. */
export function runWizard(practice: Practice, module: ServiceModule, t: Strings, sessionExpired: () => void): void {
  const { form } = module
  const fields = form.steps.flatMap((step) => step.fields)
  const formElement = $<HTMLFormElement>('app-form')
  const errors = $('app-errors')
  const status = $('app-saved')
  $('app-service').textContent = module.service.title
  $('app-office').textContent = module.service.office ? `${t.office}: ${module.service.office.title}` : ''
  $('app-privacy-text').replaceChildren(...textToParagraphs(form.privacyNotice))
  const panels = form.steps.map((step, i) => stepPanel(i, step.title, t, step.fields.map((f) => questionToElement(f, t.choose))))
  $('app-questions').replaceChildren(...panels)
  writeAnswers(formElement, fields, practice.data)
  renderSlots($('app-slots'), practice.id, form.attachments, practice.attachments, t, () => undefined)
  const refresh = () => applyConditions(formElement, fields, readAnswers(formElement, fields))
  refresh()

  const saver = new DraftSaver(practice.id, practice.version, () => readAnswers(formElement, fields), {
    saving: () => undefined,
    saved: () => void (status.textContent = fill(t.savedAt, { time: dateToTime(new Date()) })),
    failed: (result, explicit) => failed(result, explicit ? t.saveError : null, explicit),
    conflict: () => conflict(),
  })
  const steps = [
    { title: t.privacyTitle, panel: $('step-privacy') },
    ...form.steps.map((step, i) => ({ title: step.title, panel: panels[i]! })),
    ...(form.attachments.length ? [{ title: t.attachmentsTitle, panel: $('step-attachments') }] : []),
    { title: t.summaryTitle, panel: $('step-summary') },
  ]
  $('step-attachments').hidden = true
  const stepper = new Stepper(steps, {
    header: $('app-steps'), position: $('app-position'), bar: $('app-progress'), back: $<HTMLButtonElement>('app-back'), next: $<HTMLButtonElement>('app-next'),
  }, t, {
    canLeave: (index) => {
      clearProblems(errors, formElement)
      const problems = stepProblems(steps[index]!.panel)
      if (problems.length) showProblems(errors, problems, { focus: true })
      return problems.length === 0
    },
    changed: (_, to) => {
      saver.saveIfChanged()
      if (steps[to]!.panel.id === 'step-summary') renderSummary()
    },
  })
  const reveal = (target: string) => stepper.show(stepper.stepOf(target), false)

  function stepProblems(panel: HTMLElement): Problem[] {
    if (panel.id === 'step-privacy') return $<HTMLInputElement>('q-privacy').checked ? [] : [{ target: 'q-privacy', message: t.privacyRequired }]
    const answers = readAnswers(formElement, fields)
    if (panel.id === 'step-attachments') {
      return form.attachments.filter((s) => s.required && isShown(s.showIf, fields, answers) && !practice.attachments.some((a) => a.slot === s.name))
        .map((s) => ({ target: slotTarget(s.name), message: fill(t.attachmentRequired, { label: s.label }) }))
    }
    return fields.filter((f) => panel.querySelector(`[data-question="${f.name}"]`) && isShown(f.showIf, fields, answers)).flatMap((f) => {
      const control = $<HTMLInputElement>(questionTarget(f))
      const empty = f.type === 'checkbox' ? answers[f.name] !== true : answers[f.name] === ''
      if (f.required && empty) return [{ target: control.id, message: fill(f.type === 'checkbox' ? t.checkRequired : t.fieldRequired, { label: f.label }) }]
      return !empty && !control.checkValidity() ? [{ target: control.id, message: fill(t.fieldInvalid, { label: f.label }) }] : []
    })
  }

  function renderSummary(): void {
    const edit = (i: number) => stepper.show(i + 1)
    $('app-summary').replaceChildren(...summaryToElements(form, readAnswers(formElement, fields), practice.attachments, t, { edit }))
    showFee($('app-fee'), practice.fee, t)
  }

  /**
   * What a failed call means for the citizen; `fallback` null keeps quiet about transient autosave
   * failures, and only what the citizen just asked for moves the focus to the errors.
   */
  function failed(result: ApiResult<unknown>, fallback: string | null, focus: boolean): void {
    if (result.status === 401) return sessionExpired()
    if (result.status === 422 && result.fields.length) {
      const targets = new Map([
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
  formElement.addEventListener('input', (event) => {
    // Accepting the privacy notice is not an answer: it is asked again on every visit.
    if ((event.target as HTMLElement).id !== 'q-privacy') saver.changed()
    refresh()
  })
  $('app-save').addEventListener('click', () => {
    clearProblems(errors, formElement)
    void saver.save(true)
  })
  $('app-submit').addEventListener('click', () => void submit())
  $('app-fee-pay').addEventListener('click', async () => {
    clearProblems(errors, formElement)
    const message = await payFee(practice.id, $<HTMLButtonElement>('app-fee-pay'), t, async () => Boolean((await saver.save(false))?.ok))
    if (message) showProblems(errors, [{ target: null, message }], { focus: true })
  })

  async function submit(): Promise<void> {
    const button = $<HTMLButtonElement>('app-submit')
    const label = button.textContent
    clearProblems(errors, formElement)
    button.disabled = true
    button.textContent = t.submitting
    const saved = await saver.save(false)
    const result = saved?.ok ? await submitPractice(practice.id, saver.version) : null
    button.disabled = saver.isStopped
    button.textContent = label
    if (!result) return
    if (result.ok && result.body) {
      saver.stop()
      $('app-main').hidden = true
      return showReceipt($('app-receipt'), result.body)
    }
    if (result.status === 409) return conflict()
    failed(result, t.submitError, true)
  }

  function conflict(): void {
    saver.stop()
    $('app-conflict').hidden = false
    $<HTMLButtonElement>('app-save').disabled = true
    $<HTMLButtonElement>('app-submit').disabled = true
    $('app-conflict').focus()
  }

  $('app-main').hidden = false
  saver.start()
  stepper.show(0, false)
}

function stepPanel(index: number, title: string, t: Strings, questions: HTMLElement[]): HTMLElement {
  const panel = document.createElement('section')
  panel.id = `step-form-${index}`
  panel.setAttribute('aria-labelledby', `${panel.id}-title`)
  const heading = Object.assign(document.createElement('h3'), { id: `${panel.id}-title`, className: 'h4', tabIndex: -1, textContent: title })
  const note = Object.assign(document.createElement('p'), { className: 'small text-secondary', textContent: t.requiredNote })
  panel.append(heading, note, ...questions)
  return panel
}
