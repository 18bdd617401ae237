// "Richieste di assistenza": the citizen's requests to the URP (GET /api/me/assistenza), newest first, with the reply once sent.
import { api, call, type Schemas } from '../../../islands/kit/api'
import { byId as $, cloneTemplate, showMessage, slotsOf } from '../../../islands/kit/dom'
import { dateToShortItalian } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { ids } from './ids'
import { strings as t } from './strings'

if (isLoggedIn()) void load()

async function load(): Promise<void> {
  const result = await call(api.GET('/api/me/assistenza'))
  if (result.status === 401) return
  if (!result.ok) return showMessage($(ids.error), result.message ?? t.loadError, false)
  $(ids.empty).hidden = result.body.requests.length > 0
  $(ids.list).replaceChildren(...result.body.requests.map(item))
}

function item(a: Schemas['MyAssistanceRequest']): HTMLElement {
  const li = cloneTemplate(ids.item)
  const slot = slotsOf(li)
  slot('topic').textContent = a.service ? `${a.topicLabel} – ${a.service}` : a.topicLabel
  slot('code').textContent = a.code
  slot('status').textContent = a.statusLabel
  slot('sent').textContent = dateToShortItalian(new Date(a.createdAt))
  slot('message').textContent = a.message
  if (a.reply) slot('reply').textContent = a.reply
  else for (const name of ['reply', 'reply-label']) slot(name).remove()
  return li
}
