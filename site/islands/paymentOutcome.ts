// The outcome page after pagoPA: says plainly whether the payment is done, cancelled or failed.
// "ok" from pagoPA is only trusted once the receipt has marked the position paid; until then the
// page says the payment is being confirmed and asks the API again a few times.
import type { Payment } from './paymentFormat'

const root = document.querySelector<HTMLElement>('[data-payment-outcome]')
if (root) void show(root)

async function show(container: HTMLElement): Promise<void> {
  const outcomes = JSON.parse(container.dataset.outcomes ?? '{}') as Record<string, [string, string]>
  const query = new URLSearchParams(location.search)
  const id = Number(query.get('posizione'))
  const esito = query.get('esito')
  const say = (key: string) => {
    const [title, text] = outcomes[key] ?? outcomes.sconosciuto!
    document.getElementById('outcome-title')!.textContent = title
    document.getElementById('outcome-text')!.textContent = text
  }
  // A fee paid before submitting an application: the way back to it, whatever the outcome.
  const practice = Number(query.get('pratica'))
  if (Number.isInteger(practice) && practice > 0) {
    const back = document.getElementById('outcome-application') as HTMLAnchorElement
    back.href = `/area-personale/domanda/?pratica=${practice}`
    back.hidden = false
  }
  if (!document.cookie.split('; ').includes('sportello_connesso=1')) return say('non-collegato')
  if (!Number.isInteger(id) || id < 1) return say('sconosciuto')
  if (esito === 'annullato' || esito === 'errore') return say(esito)
  for (let attempt = 0; attempt < 15; attempt++) {
    const response = await fetch(`/api/me/pagamenti/${id}`, { credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => null)
    if (response?.status === 401) return say('non-collegato')
    if (response?.status === 404) return say('sconosciuto')
    const payment = response?.ok ? ((await response.json()) as Payment) : null
    if (payment?.status === 'pagata') {
      say('pagato')
      const receipt = document.getElementById('outcome-receipt') as HTMLAnchorElement
      if (payment.hasReceipt) {
        receipt.href = `/api/me/pagamenti/${id}/ricevuta.pdf`
        receipt.hidden = false
      }
      return
    }
    say('in-conferma')
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
}
