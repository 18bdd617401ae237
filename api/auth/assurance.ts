// What the portal accepts from the identity provider about *how* a citizen logged in. The desk holds
// personal data and applications, so a login below level 2 ("significativo": password plus a second
// factor) never opens it, whatever the login page or the query string said.
import type { LoginMethod } from './sessions'

const spidLevel = (n: 1 | 2 | 3) => `https://www.spid.gov.it/SpidL${n}`

/** The level the portal asks for in every authorization request (acr_values). */
export const requestedAcr = spidLevel(2)

/**
 * The ID token `acr` values accepted, per identity system. CIE id's OpenID Connect profile reports its
 * levels with the same URIs as SPID (spid-cie-oidc-docs, OP metadata "acr_values_supported": SpidL1,
 * SpidL2, SpidL3), so both lists name level 2 and level 3; level 1 is refused for both.
 */
export const acceptedAcr: Readonly<Record<LoginMethod, readonly string[]>> = {
  spid: [spidLevel(2), spidLevel(3)],
  cie: [spidLevel(2), spidLevel(3)],
}

/**
 * The gateway names the identity system the citizen used in the ID token's `amr` claim (RFC 8176:
 * unregistered values are allowed when both parties agree on them), as exactly one of "spid" or "cie".
 * It is signed by the provider, unlike the `via` the browser sent, so it is what the session records.
 */
export const loginMethodClaim = 'amr'

/** Raised when the ID token does not vouch for a level and a login method the portal accepts. */
export class AssuranceError extends Error {
  override name = 'AssuranceError'
}

/** The login method an ID token vouches for, or an AssuranceError when its method or level is missing or too low. */
export function idTokenToLoginMethod(idToken: Record<string, unknown>): LoginMethod {
  const amr = idToken[loginMethodClaim]
  const methods = (Array.isArray(amr) ? amr : []).filter((m): m is LoginMethod => m === 'spid' || m === 'cie')
  if (methods.length !== 1) throw new AssuranceError(`metodo di accesso assente o ambiguo nell'ID token (${loginMethodClaim})`)
  const method = methods[0]!
  const acr = idToken.acr
  if (typeof acr !== 'string' || !acceptedAcr[method].includes(acr)) {
    throw new AssuranceError(`livello di autenticazione non sufficiente per ${method}: ${typeof acr === 'string' ? acr.slice(0, 80) : 'assente'}`)
  }
  return method
}
