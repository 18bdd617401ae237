import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { inside, removeFiles, writeFileAtomic, writeFileIfChanged } from './files'
import { put, scratch } from './testFolders'

const folders = scratch('files')
afterEach(() => folders.cleanup())

describe('writeFileAtomic', () => {
  it('puts a new inode under the name, creating the folders, and leaves no temporary file', async () => {
    const dir = folders.make()
    put(dir, 'a/index.html', 'old')
    const before = statSync(path.join(dir, 'a/index.html')).ino
    await writeFileAtomic(path.join(dir, 'a/index.html'), 'new')
    await writeFileAtomic(path.join(dir, 'b/c/index.html'), 'created')
    expect(statSync(path.join(dir, 'a/index.html')).ino).not.toBe(before)
    expect(readFileSync(path.join(dir, 'a/index.html'), 'utf8')).toBe('new')
    expect(readFileSync(path.join(dir, 'b/c/index.html'), 'utf8')).toBe('created')
    expect(readdirSync(path.join(dir, 'a'))).toEqual(['index.html'])
  })

  it('skips a file that already holds the bytes when asked (sitemap, sw.js)', async () => {
    const dir = folders.make()
    put(dir, 'sw.js', 'same')
    const before = statSync(path.join(dir, 'sw.js')).ino
    expect(await writeFileIfChanged(path.join(dir, 'sw.js'), 'same')).toBe(false)
    expect(statSync(path.join(dir, 'sw.js')).ino).toBe(before)
    expect(await writeFileIfChanged(path.join(dir, 'sw.js'), 'other')).toBe(true)
    expect(readFileSync(path.join(dir, 'sw.js'), 'utf8')).toBe('other')
  })
})

describe('removeFiles', () => {
  it('removes the pages with their twins and the folders they leave empty, not a folder that still holds a page', async () => {
    const dir = folders.make()
    for (const file of ['notizie/a/index.html', 'notizie/a/index.html.br', 'notizie/a/index.html.gz', 'notizie/b/index.html', 'eventi/x/y/index.html', 'eventi/x/y/index.html.gz'])
      put(dir, file, file)
    expect(await removeFiles(dir, ['notizie/a/index.html', 'eventi/x/y/index.html'])).toBe(5)
    expect(existsSync(path.join(dir, 'notizie/a'))).toBe(false)
    expect(existsSync(path.join(dir, 'notizie/b/index.html'))).toBe(true)
    expect(existsSync(path.join(dir, 'eventi'))).toBe(false)
    expect(existsSync(dir)).toBe(true)
    // Twice is the same as once.
    expect(await removeFiles(dir, ['notizie/a/index.html', 'eventi/x/y/index.html'])).toBe(0)
  })

  it('removes a parent that empties only once a sibling deeper in the list is gone', async () => {
    const dir = folders.make()
    for (const file of ['s/a/index.html', 's/b/c/d/index.html']) put(dir, file, file)
    await removeFiles(dir, ['s/b/c/d/index.html', 's/a/index.html'])
    expect(readdirSync(dir)).toEqual([])
  })

  it('refuses a path that climbs out of the folder', () => {
    expect(() => inside('/srv/site', '../x')).toThrow(/outside/)
    expect(inside('/srv/site', '/notizie/a/index.html')).toBe('/srv/site/notizie/a/index.html')
  })
})

describe('writePages and removePages', () => {
  it('write by the site path rule and remove with twins and empty folders', async () => {
    const { removePages, writePages } = await import('./pages')
    const dir = folders.make()
    expect(await writePages(dir, [['/notizie/a/', 'a'], ['/404', 'nf'], ['/rss.xml', 'feed'], ['/', 'home']])).toEqual(['notizie/a/index.html', '404.html', 'rss.xml', 'index.html'])
    expect(readFileSync(path.join(dir, 'notizie/a/index.html'), 'utf8')).toBe('a')
    expect(readFileSync(path.join(dir, '404.html'), 'utf8')).toBe('nf')
    put(dir, 'notizie/a/index.html.br', 'twin')
    expect(await removePages(dir, ['/notizie/a/'])).toEqual(['notizie/a/index.html'])
    expect(existsSync(path.join(dir, 'notizie'))).toBe(false)
  })
})
