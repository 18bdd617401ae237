import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../cms/testing/testPayload'
import { createApp } from './app'
import { loadConfig } from './config'

let t: TestPayload
let app: ReturnType<typeof createApp>
const origin = 'http://localhost:3000'
const termFile = JSON.stringify(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`comune${i}`, [i, 100]])))
const page = '<!doctype html><html lang="it"><head><title>Servizi</title></head><body>' + 'Servizi del Comune. '.repeat(200) + '</body></html>'

beforeAll(async () => {
  t = await startTestPayload()
  const siteDir = path.join(t.dataDir, 'site')
  mkdirSync(path.join(siteDir, 'servizi'), { recursive: true })
  mkdirSync(path.join(siteDir, '_astro'), { recursive: true })
  writeFileSync(path.join(siteDir, 'index.html'), '<!doctype html><title>Home</title>')
  writeFileSync(path.join(siteDir, 'servizi', 'index.html'), page)
  writeFileSync(path.join(siteDir, 'servizi', 'index.html.br'), brotliCompressSync(page))
  writeFileSync(path.join(siteDir, '_astro', 'site.abc123.css'), 'body{color:#000}')
  mkdirSync(path.join(siteDir, 'ricerca', 't', '0'), { recursive: true })
  writeFileSync(path.join(siteDir, 'ricerca', 't', '0', 'com.json'), termFile)
  writeFileSync(path.join(siteDir, '404.html'), '<!doctype html><html lang="it"><title>Pagina non trovata</title><h1>Pagina non trovata</h1></html>')
  writeFileSync(path.join(t.dataDir, 'segreto.txt'), 'non servire')
  const config = loadConfig({ SPORTELLO_SITE_DIR: siteDir, SPORTELLO_PUBLIC_URL: origin })
  app = createApp({ config, payload: t.payload })
})
afterAll(async () => t?.cleanup())

describe('static site', () => {
  it('serves a page with its Brotli twin, an ETag and revalidation caching', async () => {
    const res = await app.request('/servizi/', { headers: { 'Accept-Encoding': 'gzip, br' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    const body = Buffer.from(await res.arrayBuffer())
    expect(body.length).toBeLessThan(page.length / 5)
  })

  it('answers 304 when the browser already has the page', async () => {
    const first = await app.request('/servizi/')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const second = await app.request('/servizi/', { headers: { 'If-None-Match': etag! } })
    expect(second.status).toBe(304)
    expect(await second.text()).toBe('')
  })

  it('serves plain bytes to clients that accept no compression', async () => {
    const res = await app.request('/servizi/')
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(await res.text()).toBe(page)
  })

  it('gzips on request a page published with its Brotli twin alone, for a client without Brotli', async () => {
    const res = await app.request('/servizi/', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    expect(res.headers.get('etag')).toMatch(/-gzip"$/)
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(page)
  })

  it('gzips on request a text file published without any twin (a search term file), and sends it plain to who takes no gzip', async () => {
    const res = await app.request('/ricerca/t/0/com.json', { headers: { 'Accept-Encoding': 'gzip, br' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(termFile)
    const plain = await app.request('/ricerca/t/0/com.json')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toBe('Accept-Encoding')
    expect(await plain.text()).toBe(termFile)
  })

  it('caches fingerprinted assets for a year', async () => {
    const res = await app.request('/_astro/site.abc123.css')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('content-type')).toContain('text/css')
  })

  it('adds the trailing slash to folders with a permanent redirect', async () => {
    const res = await app.request('/servizi?q=1')
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/servizi/?q=1')
  })

  it('never answers with a Location to another site, however the path is written', async () => {
    // "//servizi" names a real folder: adding its slash once answered "Location: //servizi/", the host "servizi".
    for (const attempt of ['//evil.example', '/%2F%2Fevil.example', '/\\evil.example', '//servizi', '/%2F%2Fservizi', '/\\servizi', '//servizi?q=1']) {
      const res = await app.request(attempt)
      const location = res.headers.get('location')
      if (location !== null) expect(new URL(location, origin).origin, attempt).toBe(origin)
      expect(location ?? '', attempt).not.toMatch(/^\/[/\\]/)
    }
  })

  it('answers unknown pages with the Italian 404 page and status 404', async () => {
    const res = await app.request('/non-esiste/')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('Pagina non trovata')
  })

  it('never serves files outside the site folder', async () => {
    for (const attempt of ['/../segreto.txt', '/%2e%2e/segreto.txt', '/..%2fsegreto.txt', '/servizi/%2e%2e/%2e%2e/segreto.txt']) {
      const res = await app.request(attempt)
      expect(res.status).toBe(404)
      expect(await res.text()).not.toContain('non servire')
    }
  })

  it('sends security headers on every response', async () => {
    const res = await app.request('/')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })
})

describe('api', () => {
  it('reports health with the database reachable', async () => {
    const res = await app.request('/api/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('publishes its OpenAPI document', async () => {
    const res = await app.request('/api/openapi.json')
    const doc = (await res.json()) as { paths: Record<string, unknown> }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/feedback']))
  })

  it('answers unknown API routes with an Italian JSON 404', async () => {
    const res = await app.request('/api/niente')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'La risorsa richiesta non esiste.' } })
  })
})

describe('page feedback', () => {
  const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request('/api/feedback', {
      method: 'POST',
      body: new URLSearchParams(body),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, ...headers },
    })

  it('stores a rating and thanks the visitor', async () => {
    const res = await post({ path: '/servizi/', rating: '4', reason: 'indicazioni-chiare', comment: '  Tutto chiaro  ' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/grazie-per-il-feedback/?pagina=%2Fservizi%2F')
    const stored = await t.payload.find({ collection: 'feedback', where: { path: { equals: '/servizi/' } } })
    expect(stored.docs[0]).toMatchObject({ rating: 4, reason: 'indicazioni-chiare', comment: 'Tutto chiaro' })
  })

  it('refuses a missing rating with an Italian message, not a 500', async () => {
    const res = await post({ path: '/servizi/' }, { Accept: 'application/json' })
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: { fields: { field: string; message: string }[] } }
    expect(body.error.fields).toContainEqual({ field: 'rating', message: 'Scegli un voto da 1 a 5 stelle.' })
  })

  it('shows a readable Italian page when a browser form is invalid', async () => {
    const res = await post({ path: '/servizi/', rating: '9' }, { Accept: 'text/html' })
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain('Scegli un voto da 1 a 5 stelle.')
  })

  it('rejects a post from another site', async () => {
    const res = await post({ path: '/servizi/', rating: '5' }, { Origin: 'https://malevolo.example' })
    expect(res.status).toBe(403)
    const none = await app.request('/api/feedback', { method: 'POST', body: 'path=/&rating=5', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(none.status).toBe(403)
  })

  it('rejects oversized bodies with 413', async () => {
    const res = await post({ path: '/', rating: '5', comment: 'x'.repeat(2 * 1024 * 1024) })
    expect(res.status).toBe(413)
  })

  it('refuses a comment longer than 200 characters', async () => {
    const res = await post({ path: '/', rating: '2', comment: 'x'.repeat(201) }, { Accept: 'application/json' })
    expect(res.status).toBe(422)
  })
})

describe('page feedback reasons', () => {
  it('drops a reason that does not match the stars given', async () => {
    const res = await app.request('/api/feedback', {
      method: 'POST',
      body: new URLSearchParams({ path: '/eventi/', rating: '2', reason: 'indicazioni-chiare' }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    })
    expect(res.status).toBe(303)
    const stored = await t.payload.find({ collection: 'feedback', where: { path: { equals: '/eventi/' } } })
    expect(stored.docs[0]).toMatchObject({ rating: 2 })
    expect(stored.docs[0]?.reason ?? null).toBeNull()
  })
})
