// "Messaggi" in the desk: the municipality's messages from GET /api/me/messaggi, with a link to the
// practice each one is about. Bodies are plain text: paragraphs split on blank lines, never HTML.
// The tab says how many are new; they are marked read once their tab is shown (the count goes, the
// messages keep their "Nuovo" badge until the next visit).
import { api, call, type Schemas } from '../../../islands/kit/api'
import { byId as $, cloneTemplate, showMessage, slotsOf, textToParagraphs } from '../../../islands/kit/dom'
import { dateTimeToItalian } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { practiceStrings as p } from '../../../islands/practice/strings'
import { showUnread } from '../DeskTabs/island'
import { ids } from './ids'

if (isLoggedIn()) void load()

async function load(): Promise<void> {
  const result = await call(api.GET('/api/me/messaggi'))
  if (result.status === 401) return
  if (!result.ok) return showMessage($(ids.error), result.message ?? p.loadError, false)
  const { messages } = result.body
  $(ids.empty).hidden = messages.length > 0
  $(ids.list).replaceChildren(...messages.map(item))
  const unread = messages.filter((m) => !m.read)
  showUnread('messages', unread.length)
  const panel = $(ids.list).closest<HTMLElement>('[role="tabpanel"]')
  if (!unread.length || !panel) return
  const markRead = async () => {
    if (panel.hidden) return
    observer.disconnect()
    const marked = await Promise.all(unread.map((m) => call(api.POST('/api/me/messaggi/{id}/letto', { params: { path: { id: m.id } }, body: {} }))))
    showUnread('messages', marked.filter((result) => !result.ok).length)
  }
  const observer = new MutationObserver(() => void markRead())
  observer.observe(panel, { attributes: true, attributeFilter: ['hidden'] })
  void markRead()
}

function item(message: Schemas['CitizenMessage']): HTMLElement {
  const li = cloneTemplate(ids.item)
  const slot = slotsOf(li)
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
