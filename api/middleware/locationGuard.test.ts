import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { configToRedirectOrigins, locationGuard } from './locationGuard'

const publicUrl = new URL('https://sportello.comune.example')
const issuer = 'https://gateway-spid.example/oidc'
const checkout = 'https://checkout.pagopa.example/pay'

/** An app whose one route answers with the given Location, behind the guard as app.ts wires it. */
function appRedirectingTo(location: string, status: 301 | 302 | 303 = 302) {
  const app = new Hono()
  const oidc = { issuer: new URL(issuer), clientId: 'sportello', clientSecret: 'x', redirectUri: `${publicUrl.origin}/api/auth/callback` }
  const pagopa = { gpdUrl: 'https://gpd.pagopa.example', checkoutUrl: checkout, apiKey: 'chiave-gpd', receiptKey: 'chiave-ricevute-1234', receiptSenders: [] as string[] }
  const origins = configToRedirectOrigins({ oidc, pagopa })
  app.use(locationGuard(publicUrl, origins))
  app.get('/via', (c) => {
    c.header('Set-Cookie', 'a=1')
    return c.body(null, status, { Location: location })
  })
  // Response.redirect() makes headers that cannot be changed, like a fetched response's.
  app.get('/immutabile', () => Response.redirect(new URL(location, publicUrl), status))
  return app
}

afterEach(() => vi.restoreAllMocks())

const locationFor = async (location: string, path = '/via') => (await appRedirectingTo(location).request(path)).headers.get('location')

describe('locationGuard', () => {
  it('replaces a Location to another site with the home page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (const bad of ['https://evil.example/', 'http://sportello.comune.example/', 'https://sportello.comune.example.evil.example/', 'javascript:alert(1)']) {
      expect(await locationFor(bad), bad).toBe('/')
    }
  })

  it('replaces scheme-relative Locations and those a browser would read as such', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    for (const bad of ['//evil.example', '//evil.example/', '/\\evil.example', '\\\\evil.example', '/\t/evil.example/', '/x\u0085y']) {
      expect(await locationFor(bad), JSON.stringify(bad)).toBe('/')
    }
  })

  it('lets the portal’s own paths and addresses through unchanged, with status and other headers', async () => {
    const res = await appRedirectingTo('/area-personale/?accesso=uscita', 303).request('/via')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/area-personale/?accesso=uscita')
    expect(res.headers.get('set-cookie')).toBe('a=1')
    expect(await locationFor('https://sportello.comune.example/servizi/')).toBe('https://sportello.comune.example/servizi/')
  })

  it('lets the configured identity provider and pagoPA checkout through, and nothing else on their hosts’ neighbours', async () => {
    expect(await locationFor('https://gateway-spid.example/oidc/auth?client_id=sportello')).toBe('https://gateway-spid.example/oidc/auth?client_id=sportello')
    expect(await locationFor('https://checkout.pagopa.example/pay/c/abc')).toBe('https://checkout.pagopa.example/pay/c/abc')
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(await locationFor('http://gateway-spid.example/oidc/auth')).toBe('/')
    expect(await locationFor('https://gateway-spid.example:8443/oidc/auth')).toBe('/')
  })

  it('rewrites a response whose headers cannot be changed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const res = await appRedirectingTo('https://evil.example/', 301).request('/immutabile')
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/')
  })

  it('names no extra origin when neither the provider nor pagoPA is configured', () => {
    expect(configToRedirectOrigins({ oidc: null, pagopa: null })).toEqual([])
  })
})
