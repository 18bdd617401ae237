import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { cssToFontPaths, htmlToShellPaths, offlinePath, workerBuildOf } from './serviceWorker'

const head = [
  '<link rel="preload" href="/_astro/titillium-400.a1.woff2" as="font" type="font/woff2" crossorigin>',
  '<link rel="canonical" href="https://www.comune.brindisi.it/">',
  '<link rel="alternate" type="application/rss+xml" href="/rss.xml">',
  '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
  '<link rel="manifest" href="/manifest.webmanifest">',
  '<link rel="stylesheet" href="/_astro/BaseLayout.b2.css">',
  '<script type="module" src="/scripts/menu.js"></script>',
  '<script type="application/ld+json">{}</script>',
  '<script src="//cdn.example/x.js"></script>',
].join('')

describe('the shell read from the built offline page', () => {
  it('takes what the page loads to be drawn, and neither feeds, canonical links nor other hosts', () => {
    expect(htmlToShellPaths(head)).toEqual(['/_astro/titillium-400.a1.woff2', '/favicon.svg', '/manifest.webmanifest', '/_astro/BaseLayout.b2.css', '/scripts/menu.js'])
  })

  it('adds the fonts the stylesheet declares, as paths of the site', () => {
    expect(cssToFontPaths('@font-face{src:url(./titillium-700.c3.woff2)}@font-face{src:url("/_astro/x.woff2")}', '/_astro/BaseLayout.b2.css'))
      .toEqual(['/_astro/titillium-700.c3.woff2', '/_astro/x.woff2'])
  })
})

describe('the version of the worker', () => {
  let dir: string
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sportello-sw-'))
    write('manifest.webmanifest', JSON.stringify({ name: 'Comune di Brindisi', icons: [{ src: '/icone/icona-192.png', sizes: '192x192', purpose: 'any' }, { src: '/icone/badge-96.png', sizes: '96x96', purpose: 'monochrome' }] }))
    write(`${offlinePath}index.html`, `<html><head>${head}</head></html>`)
    for (const file of ['_astro/titillium-400.a1.woff2', 'favicon.svg', 'icone/icona-192.png', 'icone/badge-96.png', 'scripts/menu.js', 'notizie/index.html']) write(file, file)
    write('_astro/BaseLayout.b2.css', 'body{}')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('lists the offline page first, its files, the manifest and its icons', () => {
    const build = workerBuildOf(dir, '// worker')
    expect(build.shell[0]).toBe(offlinePath)
    expect(build.shell).toEqual(expect.arrayContaining(['/_astro/BaseLayout.b2.css', '/manifest.webmanifest', '/icone/icona-192.png', '/icone/badge-96.png']))
    expect(build).toMatchObject({ name: 'Comune di Brindisi', icon: '/icone/icona-192.png', badge: '/icone/badge-96.png' })
  })

  it('stays when only pages change (the citizens keep what they read) and changes with the shell or the worker', () => {
    const first = workerBuildOf(dir, '// worker').version
    write('notizie/index.html', 'una notizia nuova')
    expect(workerBuildOf(dir, '// worker').version).toBe(first)
    expect(workerBuildOf(dir, '// worker, corrected').version).not.toBe(first)
    write('scripts/menu.js', 'menu changed')
    expect(workerBuildOf(dir, '// worker').version).not.toBe(first)
  })
})
