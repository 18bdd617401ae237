// The IO stand-in's page: what each test citizen's IO app received, payment notices included.
import escapeHtml from 'escape-html'

import { standInPage } from '../standInPage'
import type { IoStandInRegistry, StandInIoMessage } from './registry'

const euro = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')} €`
const when = new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Rome' })

function messageToHtml({ content, createdAt }: StandInIoMessage): string {
  const payment = content.payment_data
  return `<article>
<h3>${escapeHtml(content.subject)}</h3>
<p>Ricevuto il ${escapeHtml(when.format(createdAt))}${content.due_date ? ` · scadenza ${escapeHtml(when.format(new Date(content.due_date)))}` : ''}</p>
<pre>${escapeHtml(content.markdown)}</pre>${payment ? `
<dl>
  <dt>Avviso pagoPA</dt><dd>${escapeHtml(payment.notice_number)}</dd>
  <dt>Importo</dt><dd>${euro(payment.amount)}</dd>
  <dt>Ente creditore</dt><dd>${escapeHtml(payment.payee?.fiscal_code ?? '—')}</dd>
  <dt>Pagabile dopo la scadenza</dt><dd>${payment.invalid_after_due_date ? 'no' : 'sì'}</dd>
</dl>
<p>Nell’app IO il cittadino vedrebbe il pulsante «Paga»; qui l’avviso si paga dalla pagina <em>/psp</em> del simulatore pagoPA.</p>` : ''}
</article>`
}

/** The page: every test citizen's IO status and, for the one chosen (`cf`), their messages. */
export function ioInboxPageHtml(registry: IoStandInRegistry, fiscalCode?: string): string {
  const citizens = [...new Set([...registry.profiles.keys(), ...registry.messages.map((m) => m.fiscal_code)])].sort()
  const rows = citizens.map((cf) => {
    const profile = registry.profiles.get(cf)
    const status = !profile ? 'nessun profilo IO' : profile.senderAllowed ? 'servizio del Comune attivo' : 'servizio del Comune disattivato'
    return `<li><a href="/messaggi?cf=${encodeURIComponent(cf)}">${escapeHtml(cf)}</a>: ${status} (${registry.messagesOf(cf).length} messaggi)</li>`
  })
  const chosen = fiscalCode && /^[A-Z0-9]{16}$/.test(fiscalCode) ? fiscalCode : null
  const inbox = chosen
    ? `<h2>Messaggi di ${escapeHtml(chosen)}</h2>${registry.messagesOf(chosen).map(messageToHtml).join('\n') || '<p>Nessun messaggio.</p>'}`
    : ''
  return standInPage({
    service: 'IO',
    banner: 'simulatore locale dell’app IO: nessun messaggio raggiunge un telefono',
    title: 'Messaggi IO',
    main: `<h1>Cosa ha ricevuto l’app IO</h1>
<p>I cittadini di prova e lo stato del servizio del Comune nella loro app IO. Chi non ha l’app o ha disattivato il servizio non riceve messaggi su IO.</p>
<ul>${rows.join('\n')}</ul>
${inbox}`,
  })
}
