// Test fixture: a test identity provider on a free port and an openid-client relying party registered
// with it, so integration tests can run real logins in a few lines.
import { randomBytes } from 'node:crypto'

import * as client from 'openid-client'

import { SPID_L2 } from './provider'
import { startTestIdentityProvider, type RunningTestIdentityProvider } from './server'
import { logInWithTestIdentity, TestBrowser } from './testBrowser'

/** A provider started for one test file and the relying party that talks to it. */
export type TestRelyingParty = {
  idp: RunningTestIdentityProvider
  config: client.Configuration
  redirectUri: string
  postLogoutRedirectUri: string
  /** A fresh authorization request as the portal makes it: code flow, PKCE S256, state, nonce, SPID level 2. */
  authorizationRequest: (extra?: Record<string, string>) => Promise<{ url: URL; verifier: string; state: string; nonce: string }>
  /** Logs `fiscalCode` in through the login page and exchanges the code, checking state, nonce and PKCE. */
  logIn: (fiscalCode: string, browser?: TestBrowser) => ReturnType<typeof client.authorizationCodeGrant>
}

/** Starts a test identity provider on a free port with a freshly registered client, and discovers it. */
export async function startTestRelyingParty(): Promise<TestRelyingParty> {
  const clientId = 'sportello-test'
  const clientSecret = randomBytes(24).toString('base64url')
  // Nothing listens here: TestBrowser stops before following the redirect to the callback.
  const redirectUri = 'http://localhost:3999/api/auth/callback'
  const postLogoutRedirectUri = 'http://localhost:3999/'
  const idp = await startTestIdentityProvider({
    port: 0,
    client: { clientId, clientSecret, redirectUris: [redirectUri], postLogoutRedirectUris: [postLogoutRedirectUri] },
  })
  const config = await client.discovery(new URL(idp.url), clientId, clientSecret, undefined, {
    execute: [client.allowInsecureRequests],
  })

  const authorizationRequest: TestRelyingParty['authorizationRequest'] = async (extra = {}) => {
    const verifier = client.randomPKCECodeVerifier()
    const state = client.randomState()
    const nonce = client.randomNonce()
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri, scope: 'openid profile email phone', state, nonce, acr_values: SPID_L2,
      code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', ...extra,
    })
    return { url, verifier, state, nonce }
  }

  const logIn: TestRelyingParty['logIn'] = async (fiscalCode, browser = new TestBrowser(redirectUri)) => {
    const request = await authorizationRequest()
    const callback = await logInWithTestIdentity(browser, request.url, fiscalCode)
    return client.authorizationCodeGrant(config, callback.url, {
      pkceCodeVerifier: request.verifier, expectedState: request.state, expectedNonce: request.nonce, idTokenExpected: true,
    })
  }

  return { idp, config, redirectUri, postLogoutRedirectUri, authorizationRequest, logIn }
}
