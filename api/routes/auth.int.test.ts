import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { startPortalWithLogin, type PortalWithLogin } from '../testing/portalWithLogin'
import { logInWithTestIdentity, TestBrowser } from '../standins/identityProvider/testBrowser'

const giovanna = 'CPTGNN85C54B180W'
const marco = 'VLNMRC79H03B180T'
let t: TestPayload
let portal: PortalWithLogin

beforeAll(async () => {
  t = await startTestPayload()
  portal = await startPortalWithLogin(t)
})
afterAll(async () => {
  await portal?.close()
  await t?.cleanup()
})

const get = (path: string, cookie = '') => portal.app.request(path, { headers: cookie ? { cookie } : {} })
const sessionRow = async (cookie: string) => {
  const sessionId = cookie.split('=')[1]!.split('.')[0]!
  const { docs } = await t.payload.find({ collection: 'citizen-sessions', where: { sessionId: { equals: sessionId } } })
  return docs[0]
}

describe('login with SPID/CIE through the identity provider', () => {
  it('creates the citizen from the certified data and lands on the desk with a session cookie', async () => {
    const { cookie, setCookie, location } = await portal.logIn(giovanna)
    expect(location).toBe('/area-personale/')
    expect(setCookie).toMatch(/^sportello_sessione=[\w-]{24}\.[\w-]{24};/)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).toMatch(/Path=\//)
    expect(setCookie).toMatch(/Expires=/)
    // Plain-http localhost cannot hold a Secure or __Host- cookie.
    expect(setCookie).not.toMatch(/Secure/)
    const me = await get('/api/me', cookie)
    expect(me.status).toBe(200)
    expect(me.headers.get('cache-control')).toBe('private, no-store')
    expect(await me.json()).toMatchObject({ fiscalCode: giovanna, givenName: 'Giovanna', familyName: 'Caputo', certified: { email: expect.stringContaining('@example.it') } })
  })

  it('stores only a SHA-256 of the session secret', async () => {
    const { cookie } = await portal.logIn(giovanna)
    const secret = cookie.split('.')[1]!
    const row = await sessionRow(cookie)
    expect(row?.secretHash).toBe(createHash('sha256').update(secret).digest('hex'))
    expect(JSON.stringify(row)).not.toContain(secret)
  })

  it('makes a new session at every login and never keeps the one the browser had', async () => {
    const first = await portal.logIn(giovanna)
    const start = await portal.app.request('/api/auth/login?via=cie', { headers: { cookie: first.cookie } })
    expect(start.status).toBe(302)
    const second = await portal.logIn(giovanna)
    expect(second.cookie).not.toBe(first.cookie)
    expect((await get('/api/me', second.cookie)).status).toBe(200)
  })

  it('updates what the provider vouches for at a later login without creating a second citizen', async () => {
    const existing = await t.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: giovanna } } })
    await t.payload.update({ collection: 'citizens', id: existing.docs[0]!.id, data: { givenName: 'Nome vecchio' } })
    const { cookie } = await portal.logIn(giovanna)
    expect(((await (await get('/api/me', cookie)).json()) as { givenName: string }).givenName).toBe('Giovanna')
    expect((await t.payload.count({ collection: 'citizens', where: { fiscalCode: { equals: giovanna } } })).totalDocs).toBe(1)
  })

  it('uses a Secure __Host- cookie when the portal runs on https', async () => {
    const secure = await startPortalWithLogin(t, { SPORTELLO_PUBLIC_URL: 'https://sportello.comune.example' })
    try {
      const { setCookie } = await secure.logIn(marco)
      expect(setCookie).toMatch(/^__Host-sportello_sessione=/)
      expect(setCookie).toMatch(/Secure/)
      expect(setCookie).toMatch(/Path=\//)
      expect(setCookie).not.toMatch(/Domain=/)
    } finally {
      await secure.close()
    }
  })

  it('goes back to the desk when the citizen cancels at the provider', async () => {
    const start = await portal.app.request('/api/auth/login?via=spid')
    const loginCookie = start.headers.getSetCookie()[0]!.split(';')[0]!
    const state = new URL(start.headers.get('location')!).searchParams.get('state')
    const res = await portal.app.request(`/api/auth/callback?error=access_denied&state=${state}`, { headers: { cookie: loginCookie } })
    expect(res.headers.get('location')).toBe('/area-personale/?accesso=annullato')
  })

  it('refuses a callback without the login cookie, or with a forged code', async () => {
    const noCookie = await portal.app.request('/api/auth/callback?code=abc&state=def')
    expect(noCookie.headers.get('location')).toBe('/area-personale/?accesso=scaduto')
    const start = await portal.app.request('/api/auth/login?via=spid')
    const loginCookie = start.headers.getSetCookie()[0]!.split(';')[0]!
    const forged = await portal.app.request('/api/auth/callback?code=codice-falso&state=stato-falso', { headers: { cookie: loginCookie } })
    expect(forged.headers.get('location')).toBe('/area-personale/?accesso=errore')
    expect(forged.headers.getSetCookie().some((c) => /sportello_sessione=[^;]/.test(c))).toBe(false)
  })

  it('never redirects to another site after login', async () => {
    const { location } = await portal.logIn(marco, '//malevolo.example/')
    expect(location).toBe('/area-personale/')
  })

  it('brings the citizen back to the portal after a real login started with ritorno=/%09/evil.example/', async () => {
    const start = await portal.app.request('/api/auth/login?via=spid&ritorno=/%09/evil.example/')
    const loginCookie = start.headers.getSetCookie()[0]!.split(';')[0]!
    const callback = `${portal.origin}/api/auth/callback`
    const atCallback = await logInWithTestIdentity(new TestBrowser(callback), new URL(start.headers.get('location')!), marco)
    const done = await portal.app.request(`${atCallback.url.pathname}${atCallback.url.search}`, { headers: { cookie: loginCookie } })
    const location = done.headers.get('location')!
    expect(location).toBe('/area-personale/')
    expect(new URL(location, portal.origin).origin).toBe(portal.origin)
    expect(done.headers.getSetCookie().some((c) => /sportello_sessione=[^;]/.test(c))).toBe(true)
  })

  it('sends every return path a browser could read as another site to the desk', async () => {
    for (const returnTo of ['/\\evil.example/', '/%2F%2Fevil.example/', '/%5Cevil.example', 'https://evil.example/', 'http://localhost:3000.evil.example/', 'javascript:alert(1)', `/servizi/?q=${'a'.repeat(400)}`]) {
      expect((await portal.logIn(marco, returnTo)).location, returnTo).toBe('/area-personale/')
    }
  })

  it('goes back to the page the citizen came from, with its query and hash', async () => {
    const { location } = await portal.logIn(marco, '/servizi/carta-identita/domanda/?bozza=12#allegati')
    expect(location).toBe('/servizi/carta-identita/domanda/?bozza=12#allegati')
  })

  it('limits login attempts per address', async () => {
    const limited = await startPortalWithLogin(t, { SPORTELLO_LOGIN_RATE_LIMIT: '2' })
    try {
      for (let i = 0; i < 2; i++) expect((await limited.app.request('/api/auth/login')).status).toBe(302)
      const blocked = await limited.app.request('/api/auth/login', { headers: { accept: 'application/json' } })
      expect(blocked.status).toBe(429)
      expect(await blocked.json()).toMatchObject({ error: { code: 'rate_limited' } })
    } finally {
      await limited.close()
    }
  })
})

describe('level of assurance and login method', () => {
  const sessionCount = async () => (await t.payload.count({ collection: 'citizen-sessions' })).totalDocs

  it('refuses a login at SPID level 1: no session, and the desk says the access is not valid', async () => {
    const before = await sessionCount()
    const { cookie, location } = await portal.logIn(giovanna, '/servizi/', { mode: 'spid-1' })
    expect(cookie).toBe('')
    expect(location).toBe('/area-personale/?accesso=non-valido')
    expect(await sessionCount()).toBe(before)
  })

  it('accepts SPID level 2 and CIE level 3, each chosen from its own button', async () => {
    const withSpid = await portal.logIn(giovanna, '/area-personale/', { via: 'spid' })
    const withCie = await portal.logIn(giovanna, '/area-personale/', { via: 'cie' })
    expect((await sessionRow(withSpid.cookie))?.loginMethod).toBe('spid')
    expect((await sessionRow(withCie.cookie))?.loginMethod).toBe('cie')
    expect((await get('/api/me', withCie.cookie)).status).toBe(200)
  })

  it('records the method the ID token vouches for, whatever ?via= said', async () => {
    const cieViaSpidButton = await portal.logIn(marco, '/area-personale/', { via: 'spid', mode: 'cie-3' })
    const spidViaCieButton = await portal.logIn(marco, '/area-personale/', { via: 'cie', mode: 'spid-2' })
    expect((await sessionRow(cieViaSpidButton.cookie))?.loginMethod).toBe('cie')
    expect((await sessionRow(spidViaCieButton.cookie))?.loginMethod).toBe('spid')
  })
})

describe('sessions refused', () => {
  it('refuses a tampered token and clears the cookie', async () => {
    const { cookie } = await portal.logIn(giovanna)
    const tampered = cookie.slice(0, -1) + (cookie.endsWith('A') ? 'B' : 'A')
    const res = await get('/api/me', tampered)
    expect(res.status).toBe(401)
    expect(res.headers.getSetCookie().join()).toMatch(/sportello_sessione=;/)
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Devi accedere con SPID o CIE per continuare.' } })
  })

  it('refuses a well-formed token that was never issued', async () => {
    expect((await get('/api/me', 'sportello_sessione=AAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBB')).status).toBe(401)
    expect((await get('/api/me', 'sportello_sessione=senza-punto')).status).toBe(401)
  })

  it('refuses a session idle for more than 30 minutes, and one past its 12 hours', async () => {
    const idle = await portal.logIn(giovanna)
    const idleRow = await sessionRow(idle.cookie)
    await t.payload.update({ collection: 'citizen-sessions', id: idleRow!.id, data: { lastActiveAt: new Date(Date.now() - 31 * 60_000).toISOString() } })
    expect((await get('/api/me', idle.cookie)).status).toBe(401)

    const old = await portal.logIn(giovanna)
    const oldRow = await sessionRow(old.cookie)
    await t.payload.update({ collection: 'citizen-sessions', id: oldRow!.id, data: { expiresAt: new Date(Date.now() - 1000).toISOString() } })
    expect((await get('/api/me', old.cookie)).status).toBe(401)
    expect(await sessionRow(old.cookie)).toBeUndefined()
  })

  it('ends the session at logout', async () => {
    const { cookie } = await portal.logIn(giovanna)
    const out = await portal.app.request('/api/auth/logout', { method: 'POST', headers: { cookie, origin: portal.origin, accept: 'text/html' } })
    expect(out.status).toBe(303)
    expect(out.headers.get('location')).toBe('/area-personale/?accesso=uscita')
    expect(out.headers.getSetCookie().join()).toMatch(/sportello_sessione=;/)
    expect((await get('/api/me', cookie)).status).toBe(401)
    expect(await (await get('/api/session', cookie)).json()).toEqual({ authenticated: false })
  })

  it('ends every session of the citizen with "esci da tutti i dispositivi", and nobody else’s', async () => {
    const phone = await portal.logIn(giovanna)
    const laptop = await portal.logIn(giovanna)
    const other = await portal.logIn(marco)
    const out = await portal.app.request('/api/auth/logout-everywhere', { method: 'POST', headers: { cookie: laptop.cookie, origin: portal.origin } })
    expect(out.status).toBe(204)
    expect((await get('/api/me', phone.cookie)).status).toBe(401)
    expect((await get('/api/me', laptop.cookie)).status).toBe(401)
    expect((await get('/api/me', other.cookie)).status).toBe(200)
  })

  it('refuses logout from another site (Origin check)', async () => {
    const { cookie } = await portal.logIn(giovanna)
    const res = await portal.app.request('/api/auth/logout', { method: 'POST', headers: { cookie, origin: 'https://malevolo.example' } })
    expect(res.status).toBe(403)
    expect((await get('/api/me', cookie)).status).toBe(200)
  })
})
