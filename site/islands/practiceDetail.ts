// One of the citizen's practices (/area-personale/pratica/?id=<id>): status, answers with the form's
// labels, attachments to download, history, receipt; when the office asked for more documents, the
// answer form (POST .../risposta, multipart: message and files).
import type { UiStrings } from '../i18n'
import { dateTimeToItalian, dateToShortItalian } from '../lib/dateToItalian'
import { api, fill, isLoggedIn, stringsOf } from './practice/api'
import { cloneTemplate, textToParagraphs } from './practice/dom'
import { clearProblems, showProblems } from './practice/errors'
import { statusToBadge } from './practice/status'
import { summaryToElements } from './practice/summary'
import type { Practice, ServiceForm, ServiceModule } from './practice/types'

type Strings = UiStrings['practices']
const root = document.querySelector<HTMLElement>('[data-practice-detail]')
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

if (root && isLoggedIn()) void start(stringsOf<Strings>(root))

async function start(t: Strings): Promise<void> {
  $('desk-login').hidden = true
  const id = Number(new URLSearchParams(location.search).get('id'))
  if (!Number.isInteger(id) || id < 1) return problem(t.notFound)
  $('detail-loading').hidden = false
  const result = await api<Practice>(`/api/me/pratiche/${id}`)
  $('detail-loading').hidden = true
  if (result.status === 401) return void ($('desk-login').hidden = false)
  if (result.status === 404) return problem(t.notFound)
  if (!result.ok || !result.body) return problem(result.message ?? t.loadError)
  const practice = result.body
  const module = await api<ServiceModule>(`/api/servizi/${encodeURIComponent(practice.service.slug)}/modulo`)
  const form = module.body?.form ?? formFromAnswers(practice, t)
  render(practice, form, t)
  $('answer-form').addEventListener('submit', (event) => void answer(event, practice.id, form, t))
  $('detail-main').hidden = false
}

function render(practice: Practice, form: ServiceForm, t: Strings): void {
  $('detail-service').textContent = practice.service.title
  statusToBadge($('detail-status'), practice)
  $('detail-protocol').textContent = practice.protocolNumber ?? '–'
  $('detail-submitted').textContent = practice.submittedAt ? dateTimeToItalian(new Date(practice.submittedAt)) : '–'
  $('detail-office').textContent = practice.office.title
  const receipt = $<HTMLAnchorElement>('detail-receipt')
  receipt.hidden = !practice.hasReceipt
  receipt.href = `/api/me/pratiche/${practice.id}/ricevuta.pdf`
  const file = (a: { id: string }) => `/api/me/pratiche/${practice.id}/allegati/${a.id}`
  $('detail-data').replaceChildren(...summaryToElements(form, practice.data, practice.attachments, t, { file }))
  $('detail-timeline').replaceChildren(...practice.timeline.map((entry) => {
    const item = cloneTemplate('timeline-item')
    const slot = (name: string) => item.querySelector<HTMLElement>(`[data-slot="${name}"]`)!
    Object.assign(slot('at'), { dateTime: entry.at, textContent: dateTimeToItalian(new Date(entry.at)) })
    slot('label').textContent = entry.label
    slot('message').replaceChildren(...(entry.message ? textToParagraphs(entry.message) : []))
    return item
  }))
  const request = practice.openRequest
  $('detail-request').hidden = !request
  if (request) {
    $('detail-request-date').textContent = fill(t.requestedAt, { date: dateToShortItalian(new Date(request.at)) })
    $('detail-request-message').replaceChildren(...textToParagraphs(request.message))
  }
}

async function answer(event: SubmitEvent, id: number, form: ServiceForm, t: Strings): Promise<void> {
  event.preventDefault()
  const answerForm = event.target as HTMLFormElement
  const errors = $('answer-errors')
  clearProblems(errors, answerForm)
  $('detail-answered').hidden = true
  const message = $<HTMLTextAreaElement>('answer-message')
  if (!message.value.trim()) return showProblems(errors, [{ target: message.id, message: t.answerRequired }], { focus: true })
  const body = new FormData()
  body.append('message', message.value)
  for (const file of $<HTMLInputElement>('answer-files').files ?? []) body.append('file', file)
  const button = answerForm.querySelector<HTMLButtonElement>('button[type="submit"]')!
  button.disabled = true
  const result = await api<Practice>(`/api/me/pratiche/${id}/risposta`, { method: 'POST', form: body })
  button.disabled = false
  if (result.ok && result.body) {
    answerForm.reset()
    render(result.body, form, t)
    $('detail-answered').hidden = false
    return $('detail-answered').focus()
  }
  const targets: Record<string, string> = { message: 'answer-message', file: 'answer-files', integrazione: 'answer-files' }
  const problems = result.fields.length
    ? result.fields.map((f) => ({ target: targets[f.field] ?? null, message: f.message }))
    : [{ target: [413, 415].includes(result.status) ? 'answer-files' : null, message: result.status === 401 ? t.sessionExpired : result.message ?? t.loadError }]
  showProblems(errors, problems, { focus: true })
}

/** Without the service's form (no longer offered online) the answers are shown under their own names. */
function formFromAnswers(practice: Practice, t: Strings): ServiceForm {
  const fields = Object.keys(practice.data).map((name) => ({ name, label: name, type: 'text' as const }))
  return { enabled: false, privacyNotice: '', steps: fields.length ? [{ title: t.data, fields }] : [], attachments: [] }
}

function problem(message: string): void {
  $('detail-problem').textContent = message
  $('detail-problem').hidden = false
  $('detail-problem').focus()
}
