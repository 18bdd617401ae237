import * as client from 'openid-client'

import { idTokenToLoginMethod, requestedAcr } from './assurance'
import type { LoginState } from './loginState'
import type { LoginMethod } from './sessions'

/** The SPID/CIE gateway the portal is registered with (from environment variables). */
export type OidcSettings = { issuer: URL; clientId: string; clientSecret: string; redirectUri: string }

/** What the identity provider vouches for after a login: who, and with which identity system. */
export type VerifiedIdentity = { claims: Record<string, unknown>; method: LoginMethod }

/** Raised when the identity provider cannot be reached or refuses the login. */
export class IdentityProviderError extends Error {
  override name = 'IdentityProviderError'
}

const scope = 'openid profile email phone'

/**
 * The OpenID Connect relying party: authorization code flow with PKCE (S256), state and nonce,
 * through openid-client. Discovery happens on first use, so the portal starts even if the
 * provider is still starting, and is retried after a failure. A failed exchange with the provider
 * also forgets what discovery found: a provider that went down and came back (new keys, new
 * endpoints) is discovered again, and while it stays down a login is refused at once (a 503 in
 * Italian) instead of sending the citizen to an address that does not answer.
 */
export function createOidcClient(settings: OidcSettings) {
  let discovered: Promise<client.Configuration> | undefined
  let current: client.Configuration | undefined
  const configuration = () => {
    // Plain http is only tolerated for a provider on this machine (the local test provider).
    const local = settings.issuer.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(settings.issuer.hostname)
    discovered ??= client
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, local ? { execute: [client.allowInsecureRequests] } : undefined)
      .then((config) => (current = config))
      .catch((error: unknown) => {
        discovered = undefined
        throw new IdentityProviderError(`Provider di identità non raggiungibile: ${(error as Error).message}`)
      })
    return discovered
  }

  return {
    /**
     * A fresh login state and the provider URL to send the citizen to. `hint` only tells the gateway
     * which button the citizen pressed (`idp_hint`, ignored by providers that do not know it): what the
     * session records is the method the ID token vouches for.
     */
    async startLogin(returnTo: string, hint: LoginMethod): Promise<{ url: URL; state: LoginState }> {
      const config = await configuration()
      const state: LoginState = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        returnTo,
      }
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope,
        state: state.state,
        nonce: state.nonce,
        acr_values: requestedAcr,
        idp_hint: hint,
        code_challenge: await client.calculatePKCECodeChallenge(state.codeVerifier),
        code_challenge_method: 'S256',
      })
      return { url, state }
    },

    /**
     * Exchanges the callback's code, checking state, nonce and PKCE, then the level and method the
     * signed ID token vouches for (an AssuranceError, before any personal data is fetched, when they
     * are not accepted); returns ID token and userinfo claims.
     */
    async finishLogin(callbackUrl: URL, state: LoginState): Promise<VerifiedIdentity> {
      const config = await configuration()
      // Only if no newer discovery replaced it meanwhile.
      const forget = () => {
        if (current === config) [discovered, current] = [undefined, undefined]
      }
      const tokens = await withProviderErrors(forget, async () => {
        const grant = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: state.codeVerifier,
          expectedState: state.state,
          expectedNonce: state.nonce,
          idTokenExpected: true,
        })
        const idClaims = grant.claims()
        if (!idClaims) throw new Error('ID token mancante')
        return { accessToken: grant.access_token, idClaims }
      })
      const method = idTokenToLoginMethod(tokens.idClaims)
      const userinfo = await withProviderErrors(forget, () => client.fetchUserInfo(config, tokens.accessToken, tokens.idClaims.sub))
      return { claims: { ...userinfo, ...tokens.idClaims }, method }
    },
  }
}

export type OidcClient = ReturnType<typeof createOidcClient>

/** Runs one exchange with the provider, turning any failure into an IdentityProviderError (after `onFailure`). */
async function withProviderErrors<T>(onFailure: () => void, exchange: () => Promise<T>): Promise<T> {
  try {
    return await exchange()
  } catch (error) {
    onFailure()
    throw new IdentityProviderError(`Accesso non riuscito: ${(error as Error).message}`)
  }
}
