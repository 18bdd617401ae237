// "Le mie pratiche" in the desk: drafts (Continua, Elimina after a confirmation dialog) and submitted
// applications (status, protocol number, dates, link to the detail page), from GET /api/me/pratiche.
import { dateTimeToItalian, dateToShortItalian } from '../lib/dateToItalian'
import { api, fill, isLoggedIn, stringsOf } from './practice/api'
import { cloneTemplate } from './practice/dom'
import { statusToBadge } from './practice/status'
import type { PracticeSummary } from './practice/types'

type Strings = { deleteText: string; deleted: string; deleteError: string; loadError: string }

const root = document.querySelector<HTMLElement>('[data-practices]')
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

if (root && isLoggedIn()) void load(stringsOf<Strings>(root))

async function load(strings: Strings): Promise<void> {
  const result = await api<{ practices: PracticeSummary[] }>('/api/me/pratiche')
  if (result.status === 401) return
  if (!result.ok || !result.body) return say('practices-error', result.message ?? strings.loadError)
  render(result.body.practices, strings)
}

function render(practices: PracticeSummary[], strings: Strings): void {
  const drafts = practices.filter((p) => p.status === 'bozza')
  const sent = practices.filter((p) => p.status !== 'bozza')
  $('practices-drafts-list').replaceChildren(...drafts.map((p) => item(p, strings, () => render(practices.filter((o) => o !== p), strings))))
  $('practices-sent-list').replaceChildren(...sent.map((p) => item(p, strings, () => undefined)))
  $('practices-drafts').hidden = drafts.length === 0
  $('practices-sent').hidden = sent.length === 0
  $('practices-empty').hidden = practices.length > 0
}

function item(p: PracticeSummary, strings: Strings, removed: () => void): HTMLElement {
  const li = cloneTemplate('practice-item')
  li.dataset.practiceId = String(p.id)
  const slot = <T extends HTMLElement>(name: string) => li.querySelector<T>(`[data-slot="${name}"]`)!
  const titleId = `practice-${p.id}-title`
  Object.assign(slot('service'), { id: titleId, textContent: p.service.title })
  statusToBadge(slot('status'), p)
  slot('updated').textContent = dateTimeToItalian(new Date(p.updatedAt))
  const isDraft = p.status === 'bozza'
  if (isDraft) {
    for (const row of li.querySelectorAll('[data-row="sent"]')) row.remove()
    slot<HTMLAnchorElement>('continue').href = `/area-personale/domanda/?pratica=${p.id}`
    slot('delete').addEventListener('click', () => void confirmDelete(p, strings, removed))
    slot('detail').remove()
  } else {
    slot('protocol').textContent = p.protocolNumber ?? '–'
    slot('submitted').textContent = p.submittedAt ? dateToShortItalian(new Date(p.submittedAt)) : '–'
    slot<HTMLAnchorElement>('detail').href = `/area-personale/pratica/?id=${p.id}`
    slot('continue').remove()
    slot('delete').remove()
  }
  // The buttons repeat on every card: tie each to its card's title for screen readers.
  for (const action of li.querySelectorAll('a, button')) action.setAttribute('aria-describedby', titleId)
  return li
}

async function confirmDelete(p: PracticeSummary, strings: Strings, removed: () => void): Promise<void> {
  const dialog = $<HTMLDialogElement>('practice-delete')
  $('practice-delete-text').textContent = fill(strings.deleteText, { service: p.service.title })
  dialog.returnValue = ''
  dialog.showModal()
  await new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }))
  if (dialog.returnValue !== 'confirm') return
  const result = await api(`/api/me/pratiche/${p.id}`, { method: 'DELETE' })
  if (!result.ok) return say('practices-error', result.message ?? strings.deleteError)
  removed()
  say('practices-status', strings.deleted)
}

function say(id: string, message: string): void {
  for (const other of ['practices-error', 'practices-status']) $(other).hidden = true
  $(id).textContent = message
  $(id).hidden = false
  $(id).focus()
}
