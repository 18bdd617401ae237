// "Segnalazioni": the reports the citizen sent or follows (GET /api/me/segnalazioni), the latest change first, each linking to its public page.
import { api, call, type Schemas } from '../../../islands/kit/api'
import { byId as $, cloneTemplate, showMessage, slotsOf } from '../../../islands/kit/dom'
import { dateToShortItalian } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { ids } from './ids'
import { strings as t } from './strings'

if (isLoggedIn()) void load()

async function load(): Promise<void> {
  const result = await call(api.GET('/api/me/segnalazioni'))
  if (result.status === 401) return
  if (!result.ok) return showMessage($(ids.error), result.message ?? t.loadError, false)
  $(ids.empty).hidden = result.body.reports.length > 0
  $(ids.list).replaceChildren(...result.body.reports.map(item))
}

function item(r: Schemas['MyReport']): HTMLElement {
  const li = cloneTemplate(ids.item)
  const slot = slotsOf(li)
  const titleId = `my-report-${r.code}-title`
  Object.assign(slot('title'), { id: titleId, textContent: r.title })
  slot('code').textContent = r.code
  slot('category').textContent = r.category
  slot('status').textContent = r.statusLabel
  slot('updated').textContent = dateToShortItalian(new Date(r.updatedAt))
  const open = slot<HTMLAnchorElement>('open')
  open.href = r.href
  open.setAttribute('aria-describedby', titleId)
  return li
}
