// "Messaggi" in the desk: the municipality's messages from GET /api/me/messaggi, with a link to the
// practice each one is about. Bodies are plain text: paragraphs split on blank lines, never HTML.
// New messages are marked read once their tab is shown; they keep the "Nuovo" badge until the next visit.
import { dateTimeToItalian } from '../lib/dateToItalian'
import { api, isLoggedIn, stringsOf } from './practice/api'
import { cloneTemplate, textToParagraphs } from './practice/dom'
import type { CitizenMessage } from './practice/types'

const root = document.querySelector<HTMLElement>('[data-messages]')
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

if (root && isLoggedIn()) void load(stringsOf<{ loadError: string }>(root).loadError)

async function load(loadError: string): Promise<void> {
  const result = await api<{ messages: CitizenMessage[] }>('/api/me/messaggi')
  if (result.status === 401) return
  if (!result.ok || !result.body) {
    $('messages-error').textContent = result.message ?? loadError
    $('messages-error').hidden = false
    return
  }
  const { messages } = result.body
  $('messages-empty').hidden = messages.length > 0
  $('messages-list').replaceChildren(...messages.map(item))
  const unread = messages.filter((m) => !m.read)
  const panel = root!.closest<HTMLElement>('[role="tabpanel"]')
  if (!unread.length || !panel) return
  const markRead = () => {
    if (panel.hidden) return
    observer.disconnect()
    for (const m of unread) void api(`/api/me/messaggi/${m.id}/letto`, { method: 'POST', json: {} })
  }
  const observer = new MutationObserver(markRead)
  observer.observe(panel, { attributes: true, attributeFilter: ['hidden'] })
  markRead()
}

function item(message: CitizenMessage): HTMLElement {
  const li = cloneTemplate('message-item')
  const slot = <T extends HTMLElement>(name: string) => li.querySelector<T>(`[data-slot="${name}"]`)!
  slot('subject').textContent = message.subject
  if (message.read) slot('unread').remove()
  const date = slot<HTMLTimeElement>('date')
  date.dateTime = message.at
  date.textContent = dateTimeToItalian(new Date(message.at))
  slot('body').replaceChildren(...textToParagraphs(message.body))
  const link = slot<HTMLAnchorElement>('practice')
  if (message.practiceId) link.href = `/area-personale/pratica/?id=${message.practiceId}`
  else link.remove()
  return li
}
