import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { cloneBuild } from './clone'
import { precompressFiles, writeAlong } from './compress'
import { writeFileAtomic } from './files'
import { syntheticPage } from './syntheticBuild'
import { put, scratch } from './testFolders'

const folders = scratch('compress')
afterEach(() => folders.cleanup())

describe('precompressFiles', () => {
  it('writes twins for the listed compressible files only, at quality 11 for assets and 5 for pages', async () => {
    const dir = folders.make()
    const page = syntheticPage(1, 5_000)
    for (const file of ['a/index.html', 'b/index.html', '_astro/x.js', 'foto.jpg']) put(dir, file, page)
    const totals = await precompressFiles(dir, ['a/index.html', '_astro/x.js', 'foto.jpg'])
    expect(totals.files).toBe(2)
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'a/index.html.br'))).toString()).toBe(page)
    // Brotli alone unless asked: gzip is made on request for the few clients without Brotli.
    expect(existsSync(path.join(dir, 'a/index.html.gz'))).toBe(false)
    const quality = (q: number) => brotliCompressSync(Buffer.from(page), { params: { [constants.BROTLI_PARAM_QUALITY]: q, [constants.BROTLI_PARAM_SIZE_HINT]: page.length } })
    expect(readFileSync(path.join(dir, '_astro/x.js.br')).equals(quality(11))).toBe(true)
    expect(readFileSync(path.join(dir, 'a/index.html.br')).equals(quality(5))).toBe(true)
    expect(existsSync(path.join(dir, 'b/index.html.br'))).toBe(false)
    expect(existsSync(path.join(dir, 'foto.jpg.br'))).toBe(false)
  })

  it('writes a gzip twin too when asked (the compiled site), and removes it when the file is compressed again without', async () => {
    const dir = folders.make()
    put(dir, 'sw.js', syntheticPage(1, 5_000))
    await precompressFiles(dir, ['sw.js'], { gzip: true })
    expect(gunzipSync(readFileSync(path.join(dir, 'sw.js.gz'))).toString()).toBe(syntheticPage(1, 5_000))
    // A publication rewrites the compiled file: the old gzip twin would serve the old bytes.
    await writeFileAtomic(path.join(dir, 'sw.js'), syntheticPage(2, 5_000))
    const totals = await precompressFiles(dir, ['sw.js'])
    expect(totals.removedTwins).toBe(1)
    expect(existsSync(path.join(dir, 'sw.js.gz'))).toBe(false)
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'sw.js.br'))).toString()).toBe(syntheticPage(2, 5_000))
  })

  it('writes a gzip twin alone with brotli: false (the sitemap), removing the Brotli twin the file had', async () => {
    const dir = folders.make()
    put(dir, 'sitemap-0.xml', syntheticPage(1, 5_000))
    await precompressFiles(dir, ['sitemap-0.xml'])
    expect(existsSync(path.join(dir, 'sitemap-0.xml.br'))).toBe(true)
    put(dir, 'sitemap-0.xml', syntheticPage(2, 5_000))
    const totals = await precompressFiles(dir, ['sitemap-0.xml'], { gzip: true, brotli: false })
    expect(totals.removedTwins).toBe(1)
    expect(existsSync(path.join(dir, 'sitemap-0.xml.br'))).toBe(false)
    expect(gunzipSync(readFileSync(path.join(dir, 'sitemap-0.xml.gz'))).toString()).toBe(syntheticPage(2, 5_000))
  })

  it('removes the twins of a file that shrank below the minimum or is gone, which would serve its old content', async () => {
    const dir = folders.make()
    put(dir, 'a/index.html', syntheticPage(1, 5_000))
    put(dir, 'b/index.html', syntheticPage(2, 5_000))
    await precompressFiles(dir, ['a/index.html', 'b/index.html'], { gzip: true })
    put(dir, 'a/index.html', '<p>breve</p>')
    put(dir, 'c/index.html.br', 'twin of a page that is gone')
    const totals = await precompressFiles(dir, ['a/index.html', 'c/index.html'])
    expect(totals.removedTwins).toBe(3)
    expect(existsSync(path.join(dir, 'c/index.html.br'))).toBe(false)
    expect(existsSync(path.join(dir, 'b/index.html.br'))).toBe(true)
    expect(existsSync(path.join(dir, 'a/index.html.br'))).toBe(false)
    expect(existsSync(path.join(dir, 'a/index.html.gz'))).toBe(false)
  })

  it('replaces twins shared with the live build without changing the live ones', async () => {
    const live = folders.make()
    put(live, 'a/index.html', syntheticPage(1, 5_000))
    await precompressFiles(live, ['a/index.html'])
    const liveTwin = readFileSync(path.join(live, 'a/index.html.br'))
    const inode = statSync(path.join(live, 'a/index.html.br')).ino
    const next = path.join(folders.make(), 'next')
    await cloneBuild(live, next)
    await writeFileAtomic(path.join(next, 'a/index.html'), syntheticPage(2, 5_000))
    await precompressFiles(next, ['a/index.html'])
    expect(readFileSync(path.join(live, 'a/index.html.br')).equals(liveTwin)).toBe(true)
    expect(statSync(path.join(live, 'a/index.html.br')).ino).toBe(inode)
    expect(brotliDecompressSync(readFileSync(path.join(next, 'a/index.html.br'))).toString()).toBe(syntheticPage(2, 5_000))
  })
})

describe('writeAlong', () => {
  it('gives the twins precompressFiles gives, writing a fresh folder\'s files itself, and skips what is not compressed', async () => {
    const expected = folders.make()
    const along = folders.make()
    const page = syntheticPage(3, 5_000)
    const files = { 'a/index.html': page, '_astro/x.js': page, 'ricerca/p/1.json': '{"u":"/a/"}', 'foto.jpg': page }
    for (const [file, text] of Object.entries(files)) put(expected, file, text)
    await precompressFiles(expected, Object.keys(files))
    const writer = writeAlong(along)
    for (const [file, text] of Object.entries(files)) writer.write(file, Buffer.from(text))
    const totals = await writer.done()
    expect(totals.files).toBe(2)
    for (const file of Object.keys(files)) {
      for (const suffix of ['', '.br', '.gz']) {
        const want = path.join(expected, file + suffix)
        const got = path.join(along, file + suffix)
        expect(existsSync(got), file + suffix).toBe(existsSync(want))
        if (existsSync(want)) expect(readFileSync(got).equals(readFileSync(want)), file + suffix).toBe(true)
      }
    }
  })

  it('compresses a file the caller wrote, removes the twins of one that shrank, and reports a failure at done()', async () => {
    const dir = folders.make()
    put(dir, 'a/index.html', syntheticPage(1, 5_000))
    put(dir, 'a/index.html.gz', 'gzip twin of an older build')
    put(dir, 'b/index.html.br', 'twin of a page that shrank')
    const writer = writeAlong(dir)
    writer.add('a/index.html', readFileSync(path.join(dir, 'a/index.html')))
    writer.add('b/index.html', Buffer.from('<p>breve</p>'))
    expect((await writer.done()).removedTwins).toBe(1)
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'a/index.html.br'))).toString()).toBe(syntheticPage(1, 5_000))
    expect(existsSync(path.join(dir, 'a/index.html.gz'))).toBe(false)
    expect(existsSync(path.join(dir, 'b/index.html.br'))).toBe(false)
    // A file whose folder cannot be made (a file stands where the folder should be).
    put(dir, 'c', 'not a folder')
    const failing = writeAlong(dir)
    failing.write('c/index.html', Buffer.from(syntheticPage(2, 5_000)))
    await expect(failing.done()).rejects.toThrow(/Scrittura non riuscita/)
  })

  it('writes a fresh folder\'s new files in place, and replaces one shared with another build without changing it', async () => {
    const compiled = folders.make()
    put(compiled, 'robots.txt', 'dalla compilazione')
    put(compiled, 'sw.js', syntheticPage(1, 5_000))
    await precompressFiles(compiled, ['sw.js'], { gzip: true })
    const inode = statSync(path.join(compiled, 'robots.txt')).ino
    const next = path.join(folders.make(), 'next')
    await cloneBuild(compiled, next)
    const writer = writeAlong(next)
    writer.write('robots.txt', Buffer.from('dalla pubblicazione'))
    writer.write('sw.js', Buffer.from(syntheticPage(2, 5_000)))
    writer.write('nuova/index.html', Buffer.from(syntheticPage(3, 5_000)))
    await writer.done()
    expect(readFileSync(path.join(compiled, 'robots.txt'), 'utf8')).toBe('dalla compilazione')
    expect(statSync(path.join(compiled, 'robots.txt')).ino).toBe(inode)
    expect(readFileSync(path.join(next, 'robots.txt'), 'utf8')).toBe('dalla pubblicazione')
    // The compiled file's gzip twin goes with the old bytes (the live one keeps its own).
    expect(existsSync(path.join(next, 'sw.js.gz'))).toBe(false)
    expect(existsSync(path.join(compiled, 'sw.js.gz'))).toBe(true)
    expect(brotliDecompressSync(readFileSync(path.join(next, 'nuova/index.html.br'))).toString()).toBe(syntheticPage(3, 5_000))
  })
})
