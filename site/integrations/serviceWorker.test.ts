import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterEach, describe, expect, it } from 'vitest'

import { readWorkerSource, writeServiceWorker } from '../../cms/publishing/assemble/serviceWorker'
import { offlinePath, serviceWorker, workerSourceOf } from './serviceWorker'

// The shell and version rules are tested with the function itself (cms/publishing/assemble/serviceWorker.test.ts);
// here, that the integration writes what the publisher writes.
describe('the service worker integration', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it('writes at the end of astro build the same sw.js the publisher writes after a publication', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sportello-sw-'))
    dirs.push(root)
    const built = path.join(root, 'client')
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(built, file)), { recursive: true })
      writeFileSync(path.join(built, file), text)
    }
    write('manifest.webmanifest', JSON.stringify({ name: 'Comune di Brindisi', icons: [{ src: '/icone/icona-192.png', sizes: '192x192', purpose: 'any' }] }))
    write(`${offlinePath}index.html`, '<html><head><link rel="stylesheet" href="/_astro/a.css"></head></html>')
    write('_astro/a.css', 'body{}')
    write('icone/icona-192.png', 'png')
    const published = `${built}-pubblicata`
    dirs.push(published)
    cpSync(built, published, { recursive: true })

    const srcDir = pathToFileURL(`${path.resolve('site')}/`)
    const hooks = serviceWorker().hooks as Record<string, (options: unknown) => unknown>
    hooks['astro:config:setup']!({ config: { srcDir } })
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${built}/`) })
    // The publisher reads the worker's source from what the build left beside the client folder.
    expect(await readWorkerSource(root)).toEqual(workerSourceOf(srcDir))
    await writeServiceWorker(published, await readWorkerSource(root))
    expect(readFileSync(path.join(built, 'sw.js'), 'utf8')).toBe(readFileSync(path.join(published, 'sw.js'), 'utf8'))
    expect(readFileSync(path.join(built, 'sw.js'), 'utf8')).toContain('"pushFallback":"Hai un nuovo messaggio nella tua area personale."')
  })

  it('leaves only the worker source when no page was built (the render bundle), for the publisher to write sw.js', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sportello-sw-'))
    dirs.push(root)
    mkdirSync(path.join(root, 'client'))
    const hooks = serviceWorker().hooks as Record<string, (options: unknown) => unknown>
    hooks['astro:config:setup']!({ config: { srcDir: pathToFileURL(`${path.resolve('site')}/`) } })
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${root}/client/`) })
    expect(existsSync(path.join(root, 'client', 'sw.js'))).toBe(false)
    expect((await readWorkerSource(root)).source).toContain('self.addEventListener')
  })
})
