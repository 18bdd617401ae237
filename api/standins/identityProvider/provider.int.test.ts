import * as client from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SPID_L1, SPID_L2, SPID_L3 } from './provider'
import { formActions, logInWithTestIdentity, TestBrowser } from './testBrowser'
import { startTestRelyingParty, type TestRelyingParty } from './testRelyingParty'

const GIOVANNA = 'CPTGNN85C54B180W'
const MARCO = 'VLNMRC79H03B180T'
let rp: TestRelyingParty

beforeAll(async () => {
  rp = await startTestRelyingParty()
})
afterAll(async () => rp?.idp.close())

describe('authorization code flow with PKCE', () => {
  it('logs a test citizen in and puts her SPID-style identity in the ID token and userinfo', async () => {
    const tokens = await rp.logIn(GIOVANNA)
    const claims = tokens.claims()!
    expect(claims).toMatchObject({
      iss: rp.idp.url, aud: 'sportello-test', acr: SPID_L2,
      fiscal_number: `TINIT-${GIOVANNA}`, given_name: 'Giovanna', family_name: 'Caputo', birthdate: '1985-03-14',
      place_of_birth: 'B180', email: 'giovanna.caputo@example.it', email_verified: true, phone_number: '+393330000001',
    })
    const userInfo = await client.fetchUserInfo(rp.config, tokens.access_token, claims.sub)
    expect(userInfo).toMatchObject({ sub: claims.sub, fiscal_number: `TINIT-${GIOVANNA}`, family_name: 'Caputo', email_verified: true })
    expect(tokens.refresh_token).toBeUndefined()
  })

  it('gives each identity its own stable sub and keeps accents and apostrophes intact', async () => {
    const first = (await rp.logIn(GIOVANNA)).claims()!
    const again = (await rp.logIn(GIOVANNA)).claims()!
    const niccolo = (await rp.logIn(' dmcncl80d25b180a ')).claims()!
    expect(again.sub).toBe(first.sub)
    expect(niccolo.sub).not.toBe(first.sub)
    expect(niccolo).toMatchObject({ given_name: 'Niccolò', family_name: "D'Amico", fiscal_number: 'TINIT-DMCNCL80D25B180A' })
  })

  it('releases only the claims of the scopes asked for', async () => {
    const request = await rp.authorizationRequest({ scope: 'openid spid' })
    const callback = await logInWithTestIdentity(new TestBrowser(rp.redirectUri), request.url, MARCO)
    const tokens = await client.authorizationCodeGrant(rp.config, callback.url, {
      pkceCodeVerifier: request.verifier, expectedState: request.state, expectedNonce: request.nonce,
    })
    expect(tokens.claims()).toMatchObject({ fiscal_number: `TINIT-${MARCO}` })
    expect(tokens.claims()).not.toHaveProperty('email')
    expect(tokens.claims()).not.toHaveProperty('given_name')
  })

  it('refuses to exchange the code when the PKCE verifier is wrong', async () => {
    const request = await rp.authorizationRequest()
    const callback = await logInWithTestIdentity(new TestBrowser(rp.redirectUri), request.url, GIOVANNA)
    const exchange = client.authorizationCodeGrant(rp.config, callback.url, {
      pkceCodeVerifier: client.randomPKCECodeVerifier(), expectedState: request.state, expectedNonce: request.nonce,
    })
    await expect(exchange).rejects.toMatchObject({ error: 'invalid_grant' })
  })

  it('sends a request without PKCE back to the portal with invalid_request', async () => {
    const url = client.buildAuthorizationUrl(rp.config, { redirect_uri: rp.redirectUri, scope: 'openid', state: 'abc' })
    const page = await new TestBrowser(rp.redirectUri).go(url)
    expect(page.url.searchParams.get('error')).toBe('invalid_request')
    expect(page.url.searchParams.get('state')).toBe('abc')
  })

  it('grants consent without showing a page, even when the portal sends prompt=consent', async () => {
    const request = await rp.authorizationRequest({ prompt: 'consent' })
    const callback = await logInWithTestIdentity(new TestBrowser(rp.redirectUri), request.url, GIOVANNA)
    expect(callback.url.searchParams.get('code')).toBeTruthy()
  })
})

/** Logs GIOVANNA in through the login page in `mode` (or the preselected one), with extra request parameters. */
async function claimsAfterLogin(mode?: string, extra?: Record<string, string>) {
  const request = await rp.authorizationRequest(extra)
  const callback = await logInWithTestIdentity(new TestBrowser(rp.redirectUri), request.url, GIOVANNA, mode)
  const tokens = await client.authorizationCodeGrant(rp.config, callback.url, {
    pkceCodeVerifier: request.verifier, expectedState: request.state, expectedNonce: request.nonce,
  })
  return tokens.claims()!
}

describe('level of assurance and identity system', () => {
  it('publishes the three SPID levels it can report', () => {
    expect(rp.config.serverMetadata().acr_values_supported).toEqual([SPID_L1, SPID_L2, SPID_L3])
  })

  it('reports SPID level 2 by default, with the identity system in amr', async () => {
    expect(await claimsAfterLogin()).toMatchObject({ acr: SPID_L2, amr: ['spid'] })
  })

  it('reports the mode the tester chose: CIE at level 3, or SPID at level 1', async () => {
    expect(await claimsAfterLogin('cie-3')).toMatchObject({ acr: SPID_L3, amr: ['cie'] })
    expect(await claimsAfterLogin('spid-1')).toMatchObject({ acr: SPID_L1, amr: ['spid'] })
  })

  it('starts in CIE mode when the portal hints that the CIE button was pressed', async () => {
    expect(await claimsAfterLogin(undefined, { idp_hint: 'cie' })).toMatchObject({ acr: SPID_L3, amr: ['cie'] })
  })

  it('falls back to the default mode for an unknown one', async () => {
    expect(await claimsAfterLogin('spid-9')).toMatchObject({ acr: SPID_L2, amr: ['spid'] })
  })
})

describe('sessions at the provider', () => {
  it('asks again on every login, like SPID, so one browser can switch to another citizen', async () => {
    const browser = new TestBrowser(rp.redirectUri)
    const giovanna = (await rp.logIn(GIOVANNA, browser)).claims()!
    const marco = (await rp.logIn(MARCO, browser)).claims()!
    expect(marco.fiscal_number).toBe(`TINIT-${MARCO}`)
    expect(marco.sub).not.toBe(giovanna.sub)
  })

  it('answers prompt=none with login_required: there is no silent login', async () => {
    const page = await new TestBrowser(rp.redirectUri).go((await rp.authorizationRequest({ prompt: 'none' })).url)
    expect(page.url.searchParams.get('error')).toBe('login_required')
  })

  it('logs out after an Italian confirmation and returns to the portal', async () => {
    // Stops at the portal's origin, which covers both the login callback and the logout return.
    const browser = new TestBrowser(rp.postLogoutRedirectUri)
    const tokens = await rp.logIn(GIOVANNA, browser)
    const endSession = client.buildEndSessionUrl(rp.config, {
      id_token_hint: tokens.id_token!, post_logout_redirect_uri: rp.postLogoutRedirectUri, state: 'uscita',
    })
    const confirm = await browser.go(endSession)
    expect(confirm.html).toContain('Sì, esci')
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.html)![1]!
    const back = await browser.go(formActions(confirm)[0]!, { xsrf, logout: 'yes' })
    expect(back.url.origin + back.url.pathname).toBe(rp.postLogoutRedirectUri)
    expect(back.url.searchParams.get('state')).toBe('uscita')
  })
})
