import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { pathToFileURL } from 'node:url'

import sitemap from '@astrojs/sitemap'
import { afterEach, describe, expect, it } from 'vitest'

import { put, scratch } from './testFolders'
import { htmlIsIndexable, sitemapEntryLimit, writeSitemap } from './sitemap'

const folders = scratch('sitemap')
afterEach(() => folders.cleanup())

const site = 'https://www.comune.brindisi.it'
const ours = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]))

/**
 * What the @astrojs/sitemap integration writes at the end of a build of these pages, with the options astro.config.mjs
 * gives it (the defaults), its hooks called as Astro calls them.
 */
async function astroOutput(paths: string[]): Promise<Record<string, string>> {
  const dir = folders.make()
  const hooks = sitemap().hooks as Record<string, (options: unknown) => Promise<void> | void>
  const logger = { warn: () => {}, info: () => {}, error: (message: string) => { throw new Error(message) } }
  await hooks['astro:routes:resolved']!({ routes: [] })
  await hooks['astro:config:done']!({ config: { site, base: '/', trailingSlash: 'always', build: { format: 'directory' } } })
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: paths.map((p) => ({ pathname: p.slice(1) })), logger })
  return ours(dir)
}

describe('writeSitemap', () => {
  it('writes byte for byte what @astrojs/sitemap writes: order, escaping, accents', async () => {
    const paths = ['/', '/notizie/', '/notizie/pagina/10/', '/notizie/pagina/9/', '/notizie/città-&-porto/', '/servizi/anagrafe/', '/Zeta/', '/eventi/']
    const dir = folders.make()
    await writeSitemap(dir, site, [...paths, '/404/', '/notizie/'])
    expect(ours(dir)).toEqual(await astroOutput(paths))
  })

  it('splits at 45,000 URLs per file like @astrojs/sitemap, and removes the files a larger site left', async () => {
    const paths = Array.from({ length: sitemapEntryLimit + 5 }, (_, n) => `/notizie/articolo-${n}/`)
    const dir = folders.make()
    const first = await writeSitemap(dir, site, paths)
    expect(first.written.sort()).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml'])
    expect(ours(dir)).toEqual(await astroOutput(paths))

    put(dir, 'sitemap-1.xml.br', 'twin')
    const second = await writeSitemap(dir, site, paths.slice(0, 10))
    expect(second.removed).toEqual(['sitemap-1.xml'])
    expect(existsSync(path.join(dir, 'sitemap-1.xml.br'))).toBe(false)
    expect(ours(dir)).toEqual(await astroOutput(paths.slice(0, 10)))
  })

  it('rewrites nothing when the paths are the same, and writes no sitemap for no page', async () => {
    const dir = folders.make()
    await writeSitemap(dir, site, ['/a/', '/b/'])
    expect(await writeSitemap(dir, site, ['/b/', '/a/'])).toEqual({ written: [], removed: [] })
    expect(await writeSitemap(dir, site, [])).toEqual({ written: [], removed: ['sitemap-0.xml', 'sitemap-index.xml'] })
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps the order of a sort from scratch through a sequence of additions and removals (the kept list)', async () => {
    const dir = folders.make()
    const collate = new Intl.Collator('en', { numeric: true }).compare
    let paths = Array.from({ length: 300 }, (_, n) => `/notizie/pagina/${n}/`)
    let seed = 7
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let step = 0; step < 30; step++) {
      if (next() < 0.5) paths = paths.filter(() => next() > 0.05)
      paths = [...paths, ...Array.from({ length: Math.floor(next() * 20) }, () => `/eventi/evento-${Math.floor(next() * 1000)}/`)]
      await writeSitemap(dir, site, paths)
      const expected = [...new Set(paths)].map((p) => `${site}${p}`).sort((a, b) => collate(a, b) || (a < b ? -1 : 1))
      expect([...readFileSync(path.join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual(expected)
    }
  })

  it('tells a page that asks not to be indexed', () => {
    expect(htmlIsIndexable('<meta name="robots" content="noindex, nofollow">')).toBe(false)
    expect(htmlIsIndexable('<meta name="description" content="noindex">')).toBe(true)
  })
})
