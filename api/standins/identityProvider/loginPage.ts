// The interaction pages of the test identity provider, rendered on the server as plain HTML forms.
// No JavaScript: the pages must work in any browser and under the strict CSP the server sends.
import { escapeHtml as e, pageHtml } from './html'
import type { TestIdentity } from './identities'
import { loginModes, type LoginModeId } from './loginModes'
import { messages as m } from './messages'

/** What the login page needs to render one interaction. */
export type LoginPageInput = {
  uid: string
  clientName: string
  identities: TestIdentity[]
  /** The identity system and level the login will report. */
  mode: LoginModeId
  /** The codice fiscale typed in the free field, echoed back when it was refused. */
  typedFiscalCode?: string
  /** An Italian message explaining why the typed codice fiscale was refused. */
  error?: string
}

/**
 * The login page: the login mode (SPID or CIE, and the level), one button per test identity, a free
 * "Codice fiscale" field and "Annulla". Other modes are plain links back to this page, so both login
 * forms carry the chosen one without scripts.
 */
export function loginPageHtml(input: LoginPageInput): string {
  const base = `/interaction/${encodeURIComponent(input.uid)}`
  const mode = `<input type="hidden" name="modo" value="${e(input.mode)}">`
  const otherModes = Object.entries(loginModes).filter(([id]) => id !== input.mode)
    .map(([id, m]) => `<li><a href="${base}?modo=${e(id)}">${e(m.label)}</a></li>`)
  const identities = input.identities.map((p) => `<li><button type="submit" name="fiscal_code" value="${e(p.fiscalCode)}">
${e(m.loginAs)} <strong>${e(p.givenName)} ${e(p.familyName)}</strong><span class="cf">${e(p.fiscalCode)}</span></button></li>`)
  const summary = input.error
    ? `<div class="error-summary" role="alert" aria-labelledby="riepilogo-errori"><h2 id="riepilogo-errori">${e(m.errorSummaryTitle)}</h2>
<p><a href="#codice-fiscale">${e(input.error)}</a></p></div>`
    : ''
  const describedBy = input.error ? 'codice-fiscale-suggerimento codice-fiscale-errore' : 'codice-fiscale-suggerimento'
  const fieldError = input.error ? `<p class="field-error" id="codice-fiscale-errore">${e(input.error)}</p>` : ''
  // The title says "Errore" first so screen reader users hear at once that the form was refused.
  return pageHtml(input.error ? `${m.errorPrefix}: ${m.loginTitle}` : m.loginTitle, `<h1>${e(m.loginTitle)}</h1>
<p>${e(m.loginIntro(input.clientName))}</p>
${summary}
<h2 id="modalita">${e(m.modeHeading)}</h2>
<p>${e(m.modeCurrent)} <strong>${e(loginModes[input.mode].label)}</strong></p>
<p id="altre-modalita">${e(m.modeOthers)}</p>
<ul aria-labelledby="altre-modalita">
${otherModes.join('\n')}
</ul>
<h2 id="identita">${e(m.identitiesHeading)}</h2>
<form method="post" action="${base}/login">
${mode}
<ul class="identities">
${identities.join('\n')}
</ul>
</form>
<h2 id="altro">${e(m.otherFiscalCodeHeading)}</h2>
<form method="post" action="${base}/login" novalidate>
${mode}
<label for="codice-fiscale">${e(m.fiscalCodeLabel)}</label>
<p class="hint" id="codice-fiscale-suggerimento">${e(m.fiscalCodeHint)}</p>
${fieldError}
<p><input id="codice-fiscale" name="fiscal_code" type="text" autocomplete="off" spellcheck="false" autocapitalize="characters"
 maxlength="32" value="${e(input.typedFiscalCode ?? '')}" aria-describedby="${describedBy}"${input.error ? ' aria-invalid="true"' : ''}>
<button type="submit">${e(m.enter)}</button></p>
</form>
<form method="post" action="${base}/abort">
<p><button type="submit" class="secondary" aria-describedby="annulla-suggerimento">${e(m.cancel)}</button>
<span class="hint" id="annulla-suggerimento">${e(m.cancelHint)}</span></p>
</form>`)
}

/** An error page: what went wrong in plain Italian, then the OAuth error code and detail for developers. */
export function loginErrorPageHtml(message: string, code?: string, detail?: string): string {
  const codeLine = code ? `<p>${e(m.errorCode)}: <code>${e(code)}</code></p>` : ''
  const detailLine = detail ? `<p>${e(m.errorDetail)}: <span lang="en">${e(detail)}</span></p>` : ''
  return pageHtml(m.errorTitle, `<h1>${e(m.errorTitle)}</h1>
<p role="alert">${e(message)}</p>${codeLine}${detailLine}
<p>${e(m.errorRetry)}</p>`)
}

/** The logout confirmation; `form` is oidc-provider's hidden form carrying its anti-forgery token. */
export function logoutPageHtml(form: string, host: string): string {
  return pageHtml(m.logoutTitle, `<h1>${e(m.logoutTitle)}</h1>
<p>${e(m.logoutIntro(host))}</p>
${form}
<p><button type="submit" form="op.logoutForm" name="logout" value="yes">${e(m.logoutYes)}</button>
<button type="submit" form="op.logoutForm" class="secondary">${e(m.logoutNo)}</button></p>`)
}

/** The page shown after logging out when the relying party gave no address to go back to. */
export function loggedOutPageHtml(): string {
  return pageHtml(m.loggedOutTitle, `<h1>${e(m.loggedOutTitle)}</h1>
<p>${e(m.loggedOutIntro)}</p>`)
}
