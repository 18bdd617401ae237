// "Appuntamenti": loads the citizen's bookings (GET /api/me/appuntamenti), upcoming first, then the
// past and cancelled ones; each links to its manage page (the server checks it is the citizen's own).
import { byId as $, cloneTemplate, showMessage, slotsOf } from '../../../islands/kit/dom'
import { dateTimeToItalian } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { ids } from './ids'
import { strings } from './strings'

type Booking = {
  id: number | string; code: string; status: string; startsAt: string; endsAt: string
  office?: { title?: string } | null; service?: { title?: string } | null; reason?: string | null
}

const current = new Set(['da-confermare', 'confermata'])

if (isLoggedIn()) void load()

async function load(): Promise<void> {
  let bookings: Booking[]
  try {
    const response = await fetch('/api/me/appuntamenti', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    if (response.status === 401) return
    if (!response.ok) return showMessage($(ids.error), strings.loadError)
    const body = (await response.json()) as Booking[] | { bookings?: Booking[]; items?: Booking[]; docs?: Booking[] }
    bookings = Array.isArray(body) ? body : body.bookings ?? body.items ?? body.docs ?? []
  } catch {
    return showMessage($(ids.error), strings.loadError, false)
  }
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
