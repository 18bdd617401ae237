import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { offlinePath, workerSourceFile, writeServiceWorker, writeWorkerSource, type WorkerSource } from '../../cms/publishing/assemble/serviceWorker'
import { stringsFor } from '../i18n'

// The worker's build (its shell and version) is computed by the publisher's assembly step, which also writes sw.js
// after an incremental publication: one function, so a full build and a publication give the same bytes.
export { cssToFontPaths, htmlToShellPaths, offlinePath, workerScript, type WorkerBuild } from '../../cms/publishing/assemble/serviceWorker'

/** What the worker is made of besides the built files: its source and the notification text of a push without one. */
export const workerSourceOf = (srcDir: URL): WorkerSource => ({ source: readFileSync(new URL('serviceWorker/sw.js', srcDir), 'utf8'), pushFallback: stringsFor().app.pushFallback })

/**
 * Writes /sw.js into the built site once every page is written (it reads the built offline page and manifest). A build
 * with no offline page on disk (the publisher's render bundle, whose pages are rendered later) leaves instead, beside
 * the client folder, what the publisher needs to write sw.js itself (`sportello-worker.json`, read with
 * readWorkerSource): the publisher may not import the site's source or its strings.
 */
export function serviceWorker(): AstroIntegration {
  let srcDir: URL | null = null
  return {
    name: 'sportello:service-worker',
    hooks: {
      'astro:config:setup': ({ config }) => void (srcDir = config.srcDir),
      'astro:build:done': async ({ dir }) => {
        const clientDir = fileURLToPath(dir)
        const worker = workerSourceOf(srcDir!)
        await writeWorkerSource(path.dirname(path.resolve(clientDir)), worker)
        if (existsSync(path.join(clientDir, offlinePath, 'index.html'))) await writeServiceWorker(clientDir, worker)
      },
    },
  }
}

export { workerSourceFile }
