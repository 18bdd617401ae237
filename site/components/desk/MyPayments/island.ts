// "I miei pagamenti": loads the citizen's positions, shows totals, filters by status, offers the
// notice and receipt PDFs, and starts "Paga ora" (POST, JSON) before sending the citizen to pagoPA.
import { api, call, type Schemas } from '../../../islands/kit/api'
import { byId as $, cloneTemplate, showMessage, slotsOf } from '../../../islands/kit/dom'
import { centsToEuro, dateToShortItalian, fill } from '../../../islands/kit/format'
import { isLoggedIn } from '../../../islands/kit/session'
import { ids } from './ids'
import { strings } from './strings'

type Payment = Schemas['Payment']

if (isLoggedIn()) void load()

async function load(): Promise<void> {
  const result = await call(api.GET('/api/me/pagamenti'))
  if (result.status === 401) return
  if (!result.ok) return fail(strings.loadError)
  const { positions, totals } = result.body
  if (!positions.length) return void ($(ids.empty).hidden = false)
  $(ids.totalDue).textContent = centsToEuro(totals.dueCents)
  $(ids.totalPaid).textContent = centsToEuro(totals.paidCents)
  const list = $(ids.list)
  list.replaceChildren(...positions.map(item))
  const filter = $<HTMLSelectElement>(ids.filter)
  const apply = () => {
    let shown = 0
    for (const li of list.querySelectorAll<HTMLElement>('li')) {
      li.hidden = filter.value !== 'tutti' && li.dataset.status !== filter.value
      if (!li.hidden) shown++
    }
    $(ids.none).hidden = shown > 0
    $(ids.count).textContent = fill(strings.count, { n: shown })
  }
  filter.addEventListener('change', apply)
  apply()
  $(ids.content).hidden = false
}

function item(p: Payment): HTMLElement {
  const li = cloneTemplate(ids.item)
  li.dataset.status = p.status
  li.dataset.paymentId = String(p.id)
  const slot = slotsOf(li)
  slot('reason').textContent = p.reason
  slot('amount').textContent = centsToEuro(p.amountCents)
  slot('dueDate').textContent = dateToShortItalian(new Date(p.dueDate))
  slot('status').textContent = strings.statuses[p.status]
  slot('noticeCode').textContent = p.noticeCode
  slot('iuv').textContent = p.iuv
  slot('creditor').textContent = p.creditorFiscalCode
  slot('paidAt').textContent = p.paidAt ? dateToShortItalian(new Date(p.paidAt)) : '–'
  const notice = slot<HTMLAnchorElement>('notice')
  const receipt = slot<HTMLAnchorElement>('receipt')
  const pay = slot<HTMLButtonElement>('pay')
  // Names of the buttons repeat on every card: tie each to its card's title for screen readers.
  const titleId = `payment-${p.id}-title`
  slot('reason').id = titleId
  for (const el of [notice, receipt, pay]) el.setAttribute('aria-describedby', titleId)
  if (p.payable && p.status !== 'annullata') notice.href = `/api/me/pagamenti/${p.id}/avviso.pdf`
  else notice.remove()
  if (p.hasReceipt) receipt.href = `/api/me/pagamenti/${p.id}/ricevuta.pdf`
  else receipt.remove()
  if (p.payable) pay.addEventListener('click', () => void startPayment(p.id, pay))
  else pay.remove()
  return li
}

async function startPayment(id: number, button: HTMLButtonElement): Promise<void> {
  button.disabled = true
  button.textContent = strings.paying
  const result = await call(api.POST('/api/me/pagamenti/{id}/paga', { params: { path: { id } }, body: {} }))
  if (result.ok) return void location.assign(result.body.redirectUrl)
  fail(result.message ?? strings.payError)
  button.disabled = false
}

function fail(message: string): void {
  showMessage($(ids.error), message)
}
