// The stand-in's checkout page: plain HTML, no scripts, loudly marked as a test environment (api/standins/standInPage.ts).
import escapeHtml from 'escape-html'

import { standInPage } from '../standInPage'

/** A complete Italian page with the TEST banner. */
export function standInPageHtml(title: string, main: string): string {
  return standInPage({ service: 'pagoPA', banner: 'simulatore locale di pagoPA: nessun pagamento reale viene eseguito', title, main })
}

/** The checkout page of a cart: what is being paid, and three buttons to choose the outcome. */
export function checkoutPageHtml(
  cart: { id: string }, notice: { companyName: string; description: string; noticeNumber: string; amountCents: number; transfers?: { amount: number; remittanceInformation: string }[] },
): string {
  const toEuro = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')} €`
  const euro = toEuro(notice.amountCents)
  // A notice of more than one transfer (fees and a marca da bollo digitale) shows each.
  const lines = notice.transfers && notice.transfers.length > 1
    ? `\n  <dt>Voci</dt><dd><ul>${notice.transfers.map((t) => `<li>${escapeHtml(t.remittanceInformation)}: ${toEuro(t.amount)}</li>`).join('')}</ul></dd>`
    : ''
  return standInPageHtml('Pagamento', `
<h1>Paga l’avviso</h1>
<p>Scegli l’esito del pagamento da simulare.</p>
<dl>
  <dt>Ente creditore</dt><dd>${escapeHtml(notice.companyName)}</dd>
  <dt>Causale</dt><dd>${escapeHtml(notice.description)}</dd>
  <dt>Codice avviso</dt><dd>${escapeHtml(notice.noticeNumber)}</dd>
  <dt>Importo</dt><dd>${euro}</dd>${lines}
</dl>
<form method="post" action="/checkout/carrello/${escapeHtml(cart.id)}" class="actions">
  <button type="submit" name="esito" value="paga">Paga ${euro}</button>
  <button type="submit" name="esito" value="annulla" class="secondary">Annulla il pagamento</button>
  <button type="submit" name="esito" value="errore" class="danger">Simula un errore</button>
</form>`)
}

/** A PSP counter: pay a printed notice by its number and the creditor's tax code. */
export function pspPageHtml(): string {
  return standInPageHtml('Paga un avviso presso un PSP', `
<h1>Paga un avviso (sportello di un PSP)</h1>
<p>Simula il pagamento di un avviso stampato presso una banca, un ufficio postale o una tabaccheria.</p>
<form method="post" action="/psp">
  <p><label for="avviso">Codice avviso (18 cifre)</label><br><input id="avviso" name="avviso" inputmode="numeric" required></p>
  <p><label for="ente">Codice fiscale dell’ente (11 cifre)</label><br><input id="ente" name="ente" inputmode="numeric" value="00081490748" required></p>
  <p class="actions"><button type="submit">Paga l’avviso</button></p>
</form>`)
}
