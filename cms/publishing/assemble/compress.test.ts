import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { cloneBuild } from './clone'
import { precompressFiles } from './compress'
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
    expect(gunzipSync(readFileSync(path.join(dir, 'a/index.html.gz'))).toString()).toBe(page)
    const quality = (q: number) => brotliCompressSync(Buffer.from(page), { params: { [constants.BROTLI_PARAM_QUALITY]: q, [constants.BROTLI_PARAM_SIZE_HINT]: page.length } })
    expect(readFileSync(path.join(dir, '_astro/x.js.br')).equals(quality(11))).toBe(true)
    expect(readFileSync(path.join(dir, 'a/index.html.br')).equals(quality(5))).toBe(true)
    expect(existsSync(path.join(dir, 'b/index.html.br'))).toBe(false)
    expect(existsSync(path.join(dir, 'foto.jpg.br'))).toBe(false)
  })

  it('removes the twins of a file that shrank below the minimum or is gone, which would serve its old content', async () => {
    const dir = folders.make()
    put(dir, 'a/index.html', syntheticPage(1, 5_000))
    put(dir, 'b/index.html', syntheticPage(2, 5_000))
    await precompressFiles(dir, ['a/index.html', 'b/index.html'])
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
