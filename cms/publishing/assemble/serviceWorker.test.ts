import { cpSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { put, scratch } from './testFolders'
import { cssToFontPaths, htmlToShellPaths, offlinePath, workerBuildOf, writeServiceWorker } from './serviceWorker'

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

describe('the worker of a built folder', () => {
  const folders = scratch('sw')
  const worker = { source: '// worker', pushFallback: 'Hai un nuovo messaggio nella tua area personale.' }
  let dir: string
  const write = (file: string, text: string) => put(dir, file, text)
  beforeEach(() => {
    dir = folders.make()
    write('manifest.webmanifest', JSON.stringify({ name: 'Comune di Brindisi', icons: [{ src: '/icone/icona-192.png', sizes: '192x192', purpose: 'any' }, { src: '/icone/badge-96.png', sizes: '96x96', purpose: 'monochrome' }] }))
    write(`${offlinePath}index.html`, `<html><head>${head}</head></html>`)
    for (const file of ['_astro/titillium-400.a1.woff2', 'favicon.svg', 'icone/icona-192.png', 'icone/badge-96.png', 'scripts/menu.js', 'notizie/index.html']) write(file, file)
    write('_astro/BaseLayout.b2.css', 'body{}')
  })
  afterEach(() => folders.cleanup())

  it('lists the offline page first, its files, the manifest and its icons', async () => {
    const build = await workerBuildOf(dir, worker)
    expect(build.shell[0]).toBe(offlinePath)
    expect(build.shell).toEqual(expect.arrayContaining(['/_astro/BaseLayout.b2.css', '/manifest.webmanifest', '/icone/icona-192.png', '/icone/badge-96.png']))
    expect(build).toMatchObject({ name: 'Comune di Brindisi', icon: '/icone/icona-192.png', badge: '/icone/badge-96.png', pushFallback: worker.pushFallback })
  })

  it('keeps its version when pages, the sitemap, media or the folder change, and changes it with the shell or the worker', async () => {
    const first = (await workerBuildOf(dir, worker)).version
    write('notizie/index.html', 'una notizia nuova')
    write('sitemap-0.xml', '<urlset/>')
    write('media/foto.jpg', 'foto')
    const elsewhere = path.join(folders.make(), 'altra-build')
    cpSync(dir, elsewhere, { recursive: true })
    expect((await workerBuildOf(elsewhere, worker)).version).toBe(first)
    expect((await workerBuildOf(dir, { ...worker, source: '// worker, corrected' })).version).not.toBe(first)
    write('scripts/menu.js', 'menu changed')
    expect((await workerBuildOf(dir, worker)).version).not.toBe(first)
  })

  it('writes sw.js only when its bytes change', async () => {
    expect(await writeServiceWorker(dir, worker)).toEqual(['sw.js'])
    const inode = statSync(path.join(dir, 'sw.js')).ino
    expect(await writeServiceWorker(dir, worker)).toEqual([])
    expect(statSync(path.join(dir, 'sw.js')).ino).toBe(inode)
    expect(readFileSync(path.join(dir, 'sw.js'), 'utf8')).toMatch(/^const build = \{"version":"[\w-]{16}".*\n\/\/ worker$/)
  })
})
