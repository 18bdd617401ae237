import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveSite } from './serveSite'
import { redirectsFile, siteRedirects } from './siteRedirects'

let siteDir: string
let app: Hono

// No Location guard here: these middlewares must not make an off-site Location on their own.
beforeAll(() => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'sportello-sito-'))
  // "//servizi" names this folder too: adding its trailing slash once answered "Location: //servizi/",
  // which browsers read as the host "servizi".
  for (const folder of ['servizi', 'evil.example']) {
    mkdirSync(path.join(siteDir, folder))
    writeFileSync(path.join(siteDir, folder, 'index.html'), `<!doctype html><title>${folder}</title>`)
  }
  writeFileSync(path.join(siteDir, redirectsFile), JSON.stringify({
    '/vecchio/': '/servizi/',
    '/altrove/': '//evil.example/',
    '/codificato/': '/%2F%2Fevil.example/',
    '/rovescio/': '/%5Cevil.example/',
    '/assoluto/': 'https://evil.example/',
    '/tab/': '/\t/evil.example/',
  }))
  app = new Hono()
  app.use('*', serveSite(() => siteDir))
  app.use('*', siteRedirects(() => siteDir))
})
afterAll(() => rmSync(siteDir, { recursive: true, force: true }))

describe('trailing-slash redirects', () => {
  it('adds the slash to a folder, keeping the query and the address as it was sent', async () => {
    const res = await app.request('/servizi?q=1')
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/servizi/?q=1')
    expect((await app.request('/%73ervizi')).headers.get('location')).toBe('/%73ervizi/')
  })

  it('never turns a path that starts with two slashes into a scheme-relative Location', async () => {
    for (const attempt of ['//evil.example', '/%2F%2Fevil.example', '/\\evil.example', '//servizi', '/%2F%2Fservizi', '/%2f%2fservizi', '/\\servizi', '/%5Cservizi', '//servizi?x=1']) {
      const res = await app.request(attempt)
      expect(res.headers.get('location'), attempt).toBeNull()
      expect(res.status, attempt).toBe(404)
    }
  })
})

describe('redirects published from the CMS', () => {
  it('answers an old address with a 301 to the new path', async () => {
    const res = await app.request('/vecchio/?a=1')
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/servizi/?a=1')
  })

  it('ignores targets that would leave the site, however they are written', async () => {
    for (const from of ['/altrove/', '/codificato/', '/rovescio/', '/assoluto/', '/tab/']) {
      const res = await app.request(from)
      expect(res.headers.get('location'), from).toBeNull()
      expect(res.status, from).toBe(404)
    }
  })
})
