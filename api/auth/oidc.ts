import * as client from 'openid-client'

import type { LoginState } from './loginState'

/** The SPID/CIE gateway the portal is registered with (from environment variables). */
export type OidcSettings = { issuer: URL; clientId: string; clientSecret: string; redirectUri: string }

/** What the identity provider vouches for after a login. */
export type VerifiedIdentity = { claims: Record<string, unknown> }

/** Raised when the identity provider cannot be reached or refuses the login. */
export class IdentityProviderError extends Error {
  override name = 'IdentityProviderError'
}

const scope = 'openid profile email phone'
const spidLevel2 = 'https://www.spid.gov.it/SpidL2'

/**
 * The OpenID Connect relying party: authorization code flow with PKCE (S256), state and nonce,
 * through openid-client. Discovery happens on first use, so the portal starts even if the
 * provider is still starting, and is retried after a failure.
 */
export function createOidcClient(settings: OidcSettings) {
  let discovered: Promise<client.Configuration> | undefined
  const configuration = () => {
    // Plain http is only tolerated for a provider on this machine (the local test provider).
    const local = settings.issuer.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(settings.issuer.hostname)
    discovered ??= client
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, local ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((error: unknown) => {
        discovered = undefined
        throw new IdentityProviderError(`Provider di identità non raggiungibile: ${(error as Error).message}`)
      })
    return discovered
  }

  return {
    /** A fresh login state and the provider URL to send the citizen to. */
    async startLogin(returnTo: string, method: LoginState['method']): Promise<{ url: URL; state: LoginState }> {
      const config = await configuration()
      const state: LoginState = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        returnTo,
        method,
      }
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope,
        state: state.state,
        nonce: state.nonce,
        acr_values: spidLevel2,
        code_challenge: await client.calculatePKCECodeChallenge(state.codeVerifier),
        code_challenge_method: 'S256',
      })
      return { url, state }
    },

    /** Exchanges the callback's code, checking state, nonce and PKCE; returns ID token and userinfo claims. */
    async finishLogin(callbackUrl: URL, state: LoginState): Promise<VerifiedIdentity> {
      const config = await configuration()
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: state.codeVerifier,
          expectedState: state.state,
          expectedNonce: state.nonce,
          idTokenExpected: true,
        })
        const idClaims = tokens.claims()
        if (!idClaims) throw new Error('ID token mancante')
        const userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)
        return { claims: { ...userinfo, ...idClaims } }
      } catch (error) {
        throw new IdentityProviderError(`Accesso non riuscito: ${(error as Error).message}`)
      }
    },
  }
}

export type OidcClient = ReturnType<typeof createOidcClient>
