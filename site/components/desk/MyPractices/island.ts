// "Le mie pratiche" in the desk: drafts (Continua, Elimina after a confirmation dialog) and submitted
// applications (status, protocol number, dates, link to the detail page), from GET /api/me/pratiche.
import { api, call } from '../../../islands/kit/api'
import { byId as $, cloneTemplate, showMessage, slotsOf } from '../../../islands/kit/dom'
import { dateTimeToItalian, dateToShortItalian, fill } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { statusToBadge } from '../../../islands/practice/status'
import { practiceStrings as p } from '../../../islands/practice/strings'
import type { PracticeSummary } from '../../../islands/practice/types'
import { groupIds, ids } from './ids'
import { strings } from './strings'

if (isLoggedIn()) void load()

async function load(): Promise<void> {
  const result = await call(api.GET('/api/me/pratiche'))
  if (result.status === 401) return
  if (!result.ok) return say(ids.error, result.message ?? p.loadError)
  render(result.body.practices)
}

function render(practices: PracticeSummary[]): void {
  const drafts = practices.filter((d) => d.status === 'bozza')
  const sent = practices.filter((d) => d.status !== 'bozza')
  $(groupIds('drafts').list).replaceChildren(...drafts.map((d) => item(d, () => render(practices.filter((o) => o !== d)))))
  $(groupIds('sent').list).replaceChildren(...sent.map((d) => item(d, () => undefined)))
  $(groupIds('drafts').section).hidden = drafts.length === 0
  $(groupIds('sent').section).hidden = sent.length === 0
  $(ids.empty).hidden = practices.length > 0
}

function item(practice: PracticeSummary, removed: () => void): HTMLElement {
  const li = cloneTemplate(ids.item)
  li.dataset.practiceId = String(practice.id)
  const slot = slotsOf(li)
  const titleId = `practice-${practice.id}-title`
  Object.assign(slot('service'), { id: titleId, textContent: practice.service.title })
  statusToBadge(slot('status'), practice)
  slot('updated').textContent = dateTimeToItalian(new Date(practice.updatedAt))
  if (practice.status === 'bozza') {
    for (const row of li.querySelectorAll('[data-row="sent"]')) row.remove()
    slot<HTMLAnchorElement>('continue').href = `/area-personale/domanda/?pratica=${practice.id}`
    slot('delete').addEventListener('click', () => void confirmDelete(practice, removed))
    slot('detail').remove()
  } else {
    slot('protocol').textContent = practice.protocolNumber ?? '–'
    slot('submitted').textContent = practice.submittedAt ? dateToShortItalian(new Date(practice.submittedAt)) : '–'
    slot<HTMLAnchorElement>('detail').href = `/area-personale/pratica/?id=${practice.id}`
    slot('continue').remove()
    slot('delete').remove()
  }
  // The buttons repeat on every card: tie each to its card's title for screen readers.
  for (const action of li.querySelectorAll('a, button')) action.setAttribute('aria-describedby', titleId)
  return li
}

async function confirmDelete(practice: PracticeSummary, removed: () => void): Promise<void> {
  const dialog = $<HTMLDialogElement>(ids.dialog)
  $(ids.dialogText).textContent = fill(strings.deleteText, { service: practice.service.title })
  dialog.returnValue = ''
  dialog.showModal()
  await new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }))
  if (dialog.returnValue !== 'confirm') return
  const result = await call(api.DELETE('/api/me/pratiche/{id}', { params: { path: { id: practice.id } } }))
  if (!result.ok) return say(ids.error, result.message ?? strings.deleteError)
  removed()
  say(ids.status, strings.deleted)
}

/** Shows one message, error or confirmation, in place of the other. */
function say(id: string, message: string): void {
  for (const other of [ids.error, ids.status]) $(other).hidden = true
  showMessage($(id), message)
}
