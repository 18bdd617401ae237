import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { writeServiceWorker } from '../../cms/publishing/assemble/serviceWorker'
import { stringsFor } from '../i18n'

// The worker's build (its shell and version) is computed by the publisher's assembly step, which also writes sw.js
// after an incremental publication: one function, so a full build and a publication give the same bytes.
export { cssToFontPaths, htmlToShellPaths, offlinePath, workerScript, type WorkerBuild } from '../../cms/publishing/assemble/serviceWorker'

/** What the worker is made of besides the built files: its source and the notification text of a push without one. */
export const workerSourceOf = (srcDir: URL) => ({ source: readFileSync(new URL('serviceWorker/sw.js', srcDir), 'utf8'), pushFallback: stringsFor().app.pushFallback })

/** Writes /sw.js into the built site once every page is written (it reads the built offline page and manifest). */
export function serviceWorker(): AstroIntegration {
  let srcDir: URL | null = null
  return {
    name: 'sportello:service-worker',
    hooks: {
      'astro:config:setup': ({ config }) => void (srcDir = config.srcDir),
      'astro:build:done': async ({ dir }) => void (await writeServiceWorker(fileURLToPath(dir), workerSourceOf(srcDir!))),
    },
  }
}
