// "I miei pagamenti": loads the citizen's positions, shows totals, filters by status, offers the
// notice and receipt PDFs, and starts "Paga ora" (POST, JSON) before sending the citizen to pagoPA.
import { centsToEuro, dateToItalian, type Payment } from './paymentFormat'

type Strings = { statuses: Record<string, string>; count: string; paying: string; payError: string; loadError: string }

const root = document.querySelector<HTMLElement>('[data-payments]')
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

if (root && document.cookie.split('; ').includes('sportello_connesso=1')) void load(root)

async function load(container: HTMLElement): Promise<void> {
  const strings = JSON.parse(container.dataset.strings ?? '{}') as Strings
  const response = await fetch('/api/me/pagamenti', { credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => null)
  if (response?.status === 401) return
  if (!response?.ok) return fail(strings.loadError)
  const { positions, totals } = (await response.json()) as { positions: Payment[]; totals: { dueCents: number; paidCents: number } }
  if (!positions.length) return void ($('payments-empty').hidden = false)
  $('payments-total-due').textContent = centsToEuro(totals.dueCents)
  $('payments-total-paid').textContent = centsToEuro(totals.paidCents)
  const list = $('payments-list')
  list.replaceChildren(...positions.map((p) => item(p, strings)))
  const filter = $<HTMLSelectElement>('payments-filter')
  const apply = () => {
    let shown = 0
    for (const li of list.querySelectorAll<HTMLElement>('li')) {
      li.hidden = filter.value !== 'tutti' && li.dataset.status !== filter.value
      if (!li.hidden) shown++
    }
    $('payments-none').hidden = shown > 0
    $('payments-count').textContent = strings.count.replace('{n}', String(shown))
  }
  filter.addEventListener('change', apply)
  apply()
  $('payments-content').hidden = false
}

function item(p: Payment, strings: Strings): HTMLElement {
  const li = ($<HTMLTemplateElement>('payment-item').content.firstElementChild!.cloneNode(true)) as HTMLElement
  li.dataset.status = p.status
  li.dataset.paymentId = String(p.id)
  const slot = <T extends HTMLElement>(name: string) => li.querySelector<T>(`[data-slot="${name}"]`)!
  slot('reason').textContent = p.reason
  slot('amount').textContent = centsToEuro(p.amountCents)
  slot('dueDate').textContent = dateToItalian(p.dueDate)
  slot('status').textContent = strings.statuses[p.status] ?? p.status
  slot('noticeCode').textContent = p.noticeCode
  slot('iuv').textContent = p.iuv
  slot('creditor').textContent = p.creditorFiscalCode
  slot('paidAt').textContent = p.paidAt ? dateToItalian(p.paidAt) : '–'
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
  if (p.payable) pay.addEventListener('click', () => void startPayment(p.id, pay, strings))
  else pay.remove()
  return li
}

async function startPayment(id: number, button: HTMLButtonElement, strings: Strings): Promise<void> {
  button.disabled = true
  button.textContent = strings.paying
  const response = await fetch(`/api/me/pagamenti/${id}/paga`, {
    method: 'POST', credentials: 'same-origin', body: '{}', headers: { 'content-type': 'application/json', accept: 'application/json' },
  }).catch(() => null)
  const body = (await response?.json().catch(() => null)) as { redirectUrl?: string; error?: { message?: string } } | null
  if (response?.ok && body?.redirectUrl) return void location.assign(body.redirectUrl)
  fail(body?.error?.message ?? strings.payError)
  button.disabled = false
}

function fail(message: string): void {
  const box = $('payments-error')
  box.textContent = message
  box.hidden = false
  box.focus()
}
