// One of the citizen's practices (/area-personale/pratica/?id=<id>): status, answers with the form's
// labels, attachments to download, history, receipt; when the office asked for more documents, the
// answer form (POST .../risposta, multipart: message and files).
import { api, call, multipart } from '../../../islands/kit/api'
import { byId as $, cloneTemplate, showMessage, slotsOf, textToParagraphs } from '../../../islands/kit/dom'
import { clearProblems, showProblems } from '../../../islands/kit/errorSummary'
import { dateTimeToItalian, dateToShortItalian, fill } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { listChosenFiles } from '../../../islands/practice/chosenFiles'
import { statusToBadge } from '../../../islands/practice/status'
import { practiceStrings as p } from '../../../islands/practice/strings'
import { summaryToElements } from '../../../islands/practice/summary'
import type { Practice, ServiceForm } from '../../../islands/practice/types'
import { showDeskLogin } from '../DeskLogin/island'
import { ids } from './ids'
import { strings as t } from './strings'

if (isLoggedIn()) void start()

async function start(): Promise<void> {
  showDeskLogin(false)
  const id = Number(new URLSearchParams(location.search).get('id'))
  if (!Number.isInteger(id) || id < 1) return problem(p.notFound)
  $(ids.loading).hidden = false
  const result = await call(api.GET('/api/me/pratiche/{id}', { params: { path: { id } } }))
  $(ids.loading).hidden = true
  if (result.status === 401) return showDeskLogin(true)
  if (result.status === 404) return problem(p.notFound)
  if (!result.ok) return problem(result.message ?? p.loadError)
  const practice = result.body
  // The form as submitted, kept with the application: later edits of the service's form change nothing here.
  const form = practice.form ?? formFromAnswers(practice)
  render(practice, form)
  $(ids.answerForm).addEventListener('submit', (event) => void answer(event, practice.id, form))
  listChosenFiles($<HTMLInputElement>(ids.answerFiles), $(`${ids.answerFiles}-list`))
  $(ids.main).hidden = false
}

function render(practice: Practice, form: ServiceForm): void {
  $(ids.service).textContent = practice.service.title
  statusToBadge($(ids.status), practice)
  $(ids.protocol).textContent = practice.protocolNumber ?? '–'
  $(ids.submitted).textContent = practice.submittedAt ? dateTimeToItalian(new Date(practice.submittedAt)) : '–'
  $(ids.office).textContent = practice.office.title
  const receipt = $<HTMLAnchorElement>(ids.receipt)
  receipt.hidden = !practice.hasReceipt
  receipt.href = `/api/me/pratiche/${practice.id}/ricevuta.pdf`
  const file = (a: { id: string }) => `/api/me/pratiche/${practice.id}/allegati/${a.id}`
  // The office's final act (its slot is 'atto-finale'), downloaded like any attachment of the practice.
  const finalAct = practice.attachments.find((a) => a.slot === 'atto-finale')
  $(ids.finalAct).hidden = !finalAct
  if (finalAct) Object.assign($<HTMLAnchorElement>(ids.finalActLink), { href: file(finalAct), download: finalAct.filename })
  $(ids.data).replaceChildren(...summaryToElements(form, practice.data, practice.attachments.filter((a) => a !== finalAct), { file }))
  $(ids.timeline).replaceChildren(...practice.timeline.map((entry) => {
    const item = cloneTemplate(ids.timelineItem)
    const slot = slotsOf(item)
    Object.assign(slot('at'), { dateTime: entry.at, textContent: dateTimeToItalian(new Date(entry.at)) })
    slot('label').textContent = entry.label
    slot('message').replaceChildren(...(entry.message ? textToParagraphs(entry.message) : []))
    return item
  }))
  const request = practice.openRequest
  $(ids.request).hidden = !request
  if (request) {
    $(ids.requestDate).textContent = fill(t.requestedAt, { date: dateToShortItalian(new Date(request.at)) })
    $(ids.requestMessage).replaceChildren(...textToParagraphs(request.message))
  }
}

async function answer(event: SubmitEvent, id: number, form: ServiceForm): Promise<void> {
  event.preventDefault()
  const answerForm = $<HTMLFormElement>(ids.answerForm)
  const errors = $(ids.answerErrors)
  clearProblems(errors, answerForm)
  $(ids.answered).hidden = true
  const message = $<HTMLTextAreaElement>(ids.answerMessage)
  if (!message.value.trim()) return showProblems(errors, [{ target: message.id, message: t.answerRequired }], { focus: true })
  const files = [...$<HTMLInputElement>(ids.answerFiles).files ?? []]
  const button = answerForm.querySelector<HTMLButtonElement>('button[type="submit"]')!
  button.disabled = true
  const result = await call(api.POST('/api/me/pratiche/{id}/risposta', { params: { path: { id } }, body: { message: message.value, file: files }, bodySerializer: multipart }))
  button.disabled = false
  if (result.ok) {
    answerForm.reset()
    render(result.body, form)
    return showMessage($(ids.answered), t.answerSent)
  }
  const targets: Record<string, string> = { message: ids.answerMessage, file: ids.answerFiles, integrazione: ids.answerFiles }
  const problems = result.fields.length
    ? result.fields.map((f) => ({ target: targets[f.field] ?? null, message: f.message }))
    : [{ target: [413, 415].includes(result.status) ? ids.answerFiles : null, message: result.status === 401 ? p.sessionExpired : result.message ?? p.loadError }]
  showProblems(errors, problems, { focus: true })
}

/** Without a form to read them through (an old application whose service's form is gone) the answers are shown under their own names. */
function formFromAnswers(practice: Practice): ServiceForm {
  const fields = Object.keys(practice.data).map((name) => ({ name, label: name, type: 'text' as const }))
  return { enabled: false, privacyNotice: '', steps: fields.length ? [{ title: t.data, fields }] : [], attachments: [] }
}

function problem(message: string): void {
  showMessage($(ids.problem), message)
}
