// "Documenti": the documents the Comune gave the citizen (receipts, certificates, payment notices and
// receipts, booking confirmations, final acts), newest first, each downloaded from the API with its name.
import { api, call, type Schemas } from '../../../islands/kit/api'
import { byId as $, cloneTemplate, showMessage, slotsOf } from '../../../islands/kit/dom'
import { dateToShortItalian } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { ids } from './ids'
import { strings as t } from './strings'

type CitizenDocument = Schemas['CitizenDocument']

if (isLoggedIn()) void load()

async function load(): Promise<void> {
  $(ids.loading).hidden = false
  const result = await call(api.GET('/api/me/documenti'))
  $(ids.loading).hidden = true
  if (result.status === 401) return
  if (!result.ok) return showMessage($(ids.error), result.message ?? t.loadError, false)
  const documents = [...result.body.documents].sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
  $(ids.empty).hidden = documents.length > 0
  $(ids.list).replaceChildren(...documents.map(item))
}

function item(d: CitizenDocument): HTMLElement {
  const li = cloneTemplate(ids.item)
  li.dataset.kind = d.kind
  const slot = slotsOf(li)
  const titleId = `document-${d.id.replace(/[^A-Za-z0-9_-]/g, '-')}-title`
  slot('kind').textContent = d.kindLabel
  Object.assign(slot('title'), { id: titleId, textContent: d.title })
  Object.assign(slot<HTMLTimeElement>('date'), { dateTime: d.date, textContent: dateToShortItalian(new Date(d.date)) })
  const link = slot<HTMLAnchorElement>('download')
  if (d.href === null) {
    const note = document.createElement('p')
    note.className = 'mb-0 fw-semibold'
    note.textContent = t.revoked
    link.replaceWith(note)
    return li
  }
  link.href = d.href
  link.download = d.filename
  link.textContent = `${t.download} ${d.filename}`
  link.setAttribute('aria-describedby', titleId)
  return li
}
