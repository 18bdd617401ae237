import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messages } from './messages'
import { formActions, logInWithTestIdentity, TestBrowser } from './testBrowser'
import { startTestRelyingParty, type TestRelyingParty } from './testRelyingParty'

const GIOVANNA = 'CPTGNN85C54B180W'
let rp: TestRelyingParty

beforeAll(async () => {
  rp = await startTestRelyingParty()
})
afterAll(async () => rp?.idp.close())

describe('login page', () => {
  it('is an Italian page with the TEST banner, every identity, no scripts and no framing', async () => {
    const page = await new TestBrowser(rp.redirectUri).go((await rp.authorizationRequest()).url)
    expect(page.status).toBe(200)
    expect(page.html).toContain('<html lang="it">')
    expect(page.html).toContain(messages.banner)
    expect(page.html).toContain(`value="${GIOVANNA}"`)
    expect(page.html).toContain('Niccolò D&#39;Amico')
    expect(page.html).not.toContain('<script')
    const res = await fetch(page.url)
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('offers SPID level 2, CIE and a refused SPID level 1 as plain links that change what both forms send', async () => {
    const browser = new TestBrowser(rp.redirectUri)
    const page = await browser.go((await rp.authorizationRequest()).url)
    expect(page.html).toContain(`${messages.modeCurrent} <strong>${messages.modeSpid2}</strong>`)
    expect(page.html.match(/name="modo" value="spid-2"/g)).toHaveLength(2)
    const links = [...page.html.matchAll(/<a href="([^"]+\?modo=[^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: m[1]!, label: m[2]! }))
    expect(links.map((l) => l.label)).toEqual([messages.modeCie3, messages.modeSpid1])
    const cie = await browser.go(new URL(links[0]!.href, page.url))
    expect(cie.html).toContain(`${messages.modeCurrent} <strong>${messages.modeCie3}</strong>`)
    expect(cie.html.match(/name="modo" value="cie-3"/g)).toHaveLength(2)
  })

  it('keeps the chosen mode when it asks for the codice fiscale again', async () => {
    const request = await rp.authorizationRequest()
    const page = await logInWithTestIdentity(new TestBrowser(rp.redirectUri), request.url, 'RSSMRA85T10A562S', 'spid-1')
    expect(page.status).toBe(400)
    expect(page.html.match(/name="modo" value="spid-1"/g)).toHaveLength(2)
  })

  it('explains an unknown or malformed codice fiscale in Italian and then lets the citizen in', async () => {
    const browser = new TestBrowser(rp.redirectUri)
    const request = await rp.authorizationRequest()
    const unknown = await logInWithTestIdentity(browser, request.url, 'RSSMRA85T10A562S')
    expect(unknown.status).toBe(400)
    expect(unknown.html).toContain(messages.fiscalCodeUnknown)
    expect(unknown.html).toContain('value="RSSMRA85T10A562S" aria-describedby="codice-fiscale-suggerimento codice-fiscale-errore" aria-invalid="true"')
    const action = formActions(unknown).find((url) => url.pathname.endsWith('/login'))!
    expect((await browser.go(action, { fiscal_code: 'RSSMRA85T10A562' })).html).toContain(messages.fiscalCodeInvalid)
    expect((await browser.go(action, { fiscal_code: '' })).html).toContain(messages.fiscalCodeMissing)
    const callback = await browser.go(action, { fiscal_code: GIOVANNA })
    expect(callback.url.searchParams.get('state')).toBe(request.state)
    expect(callback.url.searchParams.get('code')).toBeTruthy()
  })

  it('escapes what the citizen typed', async () => {
    const request = await rp.authorizationRequest()
    const page = await logInWithTestIdentity(new TestBrowser(rp.redirectUri), request.url, '"><script>alert(1)</script>')
    expect(page.html).not.toContain('<script>')
    expect(page.html).toContain('&quot;&gt;&lt;script&gt;')
  })

  it('returns error=access_denied to the portal when the citizen presses Annulla', async () => {
    const browser = new TestBrowser(rp.redirectUri)
    const request = await rp.authorizationRequest()
    const loginPage = await browser.go(request.url)
    const abort = formActions(loginPage).find((url) => url.pathname.endsWith('/abort'))!
    const back = await browser.go(abort, {})
    expect(back.url.href.startsWith(rp.redirectUri)).toBe(true)
    expect(back.url.searchParams.get('error')).toBe('access_denied')
    expect(back.url.searchParams.get('state')).toBe(request.state)
  })

  it('shows an Italian error, not a login, for an interaction without its cookie', async () => {
    const loginPage = await new TestBrowser(rp.redirectUri).go((await rp.authorizationRequest()).url)
    const stranger = await new TestBrowser(rp.redirectUri).go(formActions(loginPage)[0]!, { fiscal_code: GIOVANNA })
    expect(stranger.status).toBe(400)
    expect(stranger.html).toContain(messages.interactionExpired)
  })

  it('renders the provider errors in Italian, for example an unregistered redirect URI', async () => {
    const url = (await rp.authorizationRequest({ redirect_uri: 'https://evil.example/callback' })).url
    const page = await new TestBrowser(rp.redirectUri).go(url)
    expect(page.status).toBe(400)
    expect(page.html).toContain(messages.requestRejected)
    expect(page.html).toContain('<html lang="it">')
  })
})
