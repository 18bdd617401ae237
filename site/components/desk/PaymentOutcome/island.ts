// The outcome page after pagoPA: says plainly whether the payment is done, cancelled or failed.
// "ok" from pagoPA is only trusted once the receipt has marked the position paid; until then the
// page says the payment is being confirmed and asks the API again a few times.
import { api, call } from '../../../islands/kit/api'
import { byId } from '../../../islands/kit/dom'
import { isLoggedIn } from '../../../islands/kit/session'
import { ids } from './ids'
import { strings } from './strings'

void show()

async function show(): Promise<void> {
  const query = new URLSearchParams(location.search)
  const id = Number(query.get('posizione'))
  const esito = query.get('esito')
  const say = (key: string) => {
    const [title, text] = strings.outcomes[key] ?? strings.outcomes.sconosciuto!
    byId(ids.title).textContent = title
    byId(ids.text).textContent = text
  }
  // A fee paid before submitting an application: the way back to it, whatever the outcome.
  const practice = Number(query.get('pratica'))
  if (Number.isInteger(practice) && practice > 0) {
    const back = byId<HTMLAnchorElement>(ids.application)
    back.href = `/area-personale/domanda/?pratica=${practice}`
    back.hidden = false
  }
  // The bollo of a certificate: the way back to it, where it is issued once paid.
  const certificate = Number(query.get('certificato'))
  if (Number.isInteger(certificate) && certificate > 0) {
    const back = byId<HTMLAnchorElement>(ids.certificate)
    back.href = `/area-personale/certificati/?certificato=${certificate}`
    back.hidden = false
  }
  if (!isLoggedIn()) return say('non-collegato')
  if (!Number.isInteger(id) || id < 1) return say('sconosciuto')
  if (esito === 'annullato' || esito === 'errore') return say(esito)
  for (let attempt = 0; attempt < 15; attempt++) {
    const result = await call(api.GET('/api/me/pagamenti/{id}', { params: { path: { id } } }))
    if (result.status === 401) return say('non-collegato')
    if (result.status === 404) return say('sconosciuto')
    if (result.ok && result.body.status === 'pagata') {
      say('pagato')
      const receipt = byId<HTMLAnchorElement>(ids.receipt)
      if (result.body.hasReceipt) {
        receipt.href = `/api/me/pagamenti/${id}/ricevuta.pdf`
        receipt.hidden = false
      }
      return
    }
    say('in-conferma')
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
}
