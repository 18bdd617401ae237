// The stand-in's checkout page: plain HTML, no scripts, loudly marked as a test environment.
import escapeHtml from 'escape-html'

const styles = `
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;line-height:1.5;background:#fff}
.banner{margin:0;padding:.75rem 1rem;background:#a61b1b;color:#fff;font-weight:700;text-align:center}
main{max-width:42rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.75rem;margin:0 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:700}dd{margin:0}
.actions{display:flex;flex-wrap:wrap;gap:1rem;margin-top:2rem}
button{font:inherit;cursor:pointer;border:2px solid #0066cc;border-radius:4px;padding:.5rem 1rem;background:#0066cc;color:#fff}
button.secondary{background:#fff;color:#0066cc}button.danger{background:#fff;color:#a61b1b;border-color:#a61b1b}
:focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #1a1a1a}
`

/** A complete Italian page with the TEST banner. */
export function standInPageHtml(title: string, main: string): string {
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${escapeHtml(title)} · pagoPA (ambiente di prova)</title><style>${styles}</style></head>
<body><header><p class="banner" role="note">AMBIENTE DI PROVA — simulatore locale di pagoPA: nessun pagamento reale viene eseguito</p></header>
<main>${main}</main></body></html>`
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
