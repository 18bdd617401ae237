// A publication assembled into a clone of the live build, then into the standby build caught up with catchUpBuild,
// gives the same folder, file by file, as assembling the whole site into an empty folder (the oracle's rule, in small).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { catchUpBuild, cloneBuild } from './clone'
import { precompressFiles } from './compress'
import { removePages, writePages } from './pages'
import { writeServiceWorker, type WorkerSource } from './serviceWorker'
import { writeSitemap } from './sitemap'
import { syntheticPage } from './syntheticBuild'
import { scratch } from './testFolders'

const folders = scratch('assemble')
afterEach(() => folders.cleanup())

const site = 'https://www.comune.brindisi.it'
const worker: WorkerSource = { source: '// worker', pushFallback: 'Hai un nuovo messaggio nella tua area personale.' }
const shell: [string, string][] = [
  ['/manifest.webmanifest', JSON.stringify({ name: 'Comune', icons: [{ src: '/favicon.svg', sizes: '32x32', purpose: 'any' }] })],
  ['/favicon.svg', '<svg/>'],
  ['/senza-connessione/', '<html><head><link rel="icon" href="/favicon.svg"></head></html>'],
]

/** Every file of a folder with a digest of its bytes. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), createHash('sha256').update(readFileSync(path.join(e.parentPath, e.name))).digest('hex')]).sort())
}

/** Assembles a publication of `pages` over a build folder that held `before`: writes, removes, compresses, sitemap, sw.js. */
async function publish(dir: string, before: Map<string, string>, pages: Map<string, string>): Promise<string[]> {
  const changed = [...pages].filter(([p, html]) => before.get(p) !== html)
  const gone = [...before.keys()].filter((p) => !pages.has(p))
  const written = await writePages(dir, changed)
  const removed = await removePages(dir, gone)
  const sitemap = await writeSitemap(dir, site, [...pages.keys()].filter((p) => p.startsWith('/notizie/')))
  const sw = await writeServiceWorker(dir, worker)
  await precompressFiles(dir, [...written, ...sitemap.written, ...sw])
  return [...written, ...removed, ...sitemap.written, ...sitemap.removed, ...sw]
}

describe('an assembled publication', () => {
  it('equals the whole site assembled from nothing, in the clone and in the caught-up standby', async () => {
    const v1 = new Map<string, string>([...shell, ...Array.from({ length: 30 }, (_, n) => [`/notizie/n-${n}/`, syntheticPage(n, 3_000)] as [string, string])])
    const v2 = new Map(v1)
    v2.delete('/notizie/n-3/')
    v2.set('/notizie/n-4/', '<p>breve</p>')
    v2.set('/notizie/n-5/', syntheticPage(500, 3_000))
    v2.set('/notizie/nuova/', syntheticPage(501, 3_000))
    const v3 = new Map(v2)
    v3.set('/notizie/n-6/', syntheticPage(600, 3_000))
    v3.set('/notizie/n-4/', syntheticPage(4, 3_000))

    const first = path.join(folders.make(), 'b1')
    await publish(first, new Map(), v1)
    // Publication 2 in a clone of build 1.
    const second = path.join(folders.make(), 'b2')
    await cloneBuild(first, second)
    const changedBySecond = await publish(second, v1, v2)
    // Publication 3 in build 1, caught up with what publication 2 changed.
    await catchUpBuild(second, first, changedBySecond)
    await publish(first, v2, v3)

    const fresh2 = path.join(folders.make(), 'f2')
    await publish(fresh2, new Map(), v2)
    const fresh3 = path.join(folders.make(), 'f3')
    await publish(fresh3, new Map(), v3)
    expect(tree(second)).toEqual(tree(fresh2))
    expect(tree(first)).toEqual(tree(fresh3))
  })
})
