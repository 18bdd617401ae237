// "Appuntamenti": loads the citizen's bookings (GET /api/me/appuntamenti), upcoming first, then the
// past and cancelled ones; each links to its manage page (the server checks it is the citizen's own).
import { api, call, type Schemas } from '../../../islands/kit/api'
import { byId as $, cloneTemplate, showMessage, slotsOf } from '../../../islands/kit/dom'
import { dateTimeToItalian } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { ids } from './ids'
import { strings } from './strings'

type Booking = Schemas['Booking']

const current = new Set(['da-confermare', 'confermata'])

if (isLoggedIn()) void load()

async function load(): Promise<void> {
  const result = await call(api.GET('/api/me/appuntamenti'))
  if (result.status === 401) return
  if (!result.ok) return showMessage($(ids.error), strings.loadError, result.status !== 0)
  const { bookings } = result.body
  if (!bookings.length) return void ($(ids.empty).hidden = false)
  const now = Date.now()
  const upcoming = bookings.filter((b) => current.has(b.status) && new Date(b.endsAt).getTime() > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const past = bookings.filter((b) => !upcoming.includes(b))
  const upcomingList = $(ids.upcoming)
  if (upcoming.length) upcomingList.replaceChildren(...upcoming.map(item))
  else upcomingList.replaceChildren(Object.assign(document.createElement('li'), { textContent: upcomingList.dataset.none ?? '' }))
  $(ids.past).replaceChildren(...past.map(item))
  $(ids.pastSection).hidden = past.length === 0
  $(ids.content).hidden = false
}

function item(b: Booking): HTMLElement {
  const li = cloneTemplate(ids.item)
  li.dataset.status = b.status
  const slot = slotsOf(li)
  const start = new Date(b.startsAt)
  const titleId = `appointment-${b.id}-title`
  slot('title').id = titleId
  slot('title').textContent = b.service?.title ?? b.reason ?? b.office?.title ?? b.code
  slot('when').textContent = dateTimeToItalian(start)
  slot('office').textContent = b.office?.title ?? ''
  slot('code').textContent = b.code
  slot('status').textContent = strings.statuses[b.status] ?? b.status
  const manage = slot<HTMLAnchorElement>('manage')
  manage.href = `/prenotazione-appuntamento/gestisci/?id=${encodeURIComponent(String(b.id))}`
  manage.setAttribute('aria-describedby', titleId)
  return li
}
