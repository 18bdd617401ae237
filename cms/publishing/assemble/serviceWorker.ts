import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { writeFileIfChanged } from './files'

/** Where the offline page is built (site/pages/senza-connessione.astro). */
export const offlinePath = '/senza-connessione/'

/** What the built worker knows of its build; the same names the worker's source reads. */
export type WorkerBuild = { version: string; shell: string[]; offline: string; name: string; pushFallback: string; icon: string; badge: string }

/**
 * What the worker is made of besides the built files: its source (site/serviceWorker/sw.js) and the notification text
 * shown when a push carries none (site/i18n, app.pushFallback). The site's integration passes both; the publisher,
 * which may not import the site's modules, reads them from where the compiled site left them.
 */
export type WorkerSource = { source: string; pushFallback: string }

/** The file the site's build leaves beside its client folder with the worker's source (see writeWorkerSource). */
export const workerSourceFile = 'sportello-worker.json'

/**
 * Leaves the worker's source and push text in `buildRoot/sportello-worker.json` (buildRoot: the folder holding
 * `client/` and `server/`), for a publisher that renders pages with the compiled bundle and must write sw.js without
 * importing the site: the site's integration calls this at the end of every `astro build`.
 */
export async function writeWorkerSource(buildRoot: string, worker: WorkerSource): Promise<void> {
  await writeFileIfChanged(path.join(buildRoot, workerSourceFile), JSON.stringify(worker))
}

/** What writeWorkerSource left in `buildRoot` (the compiled bundle's folder), to pass to writeServiceWorker. */
export async function readWorkerSource(buildRoot: string): Promise<WorkerSource> {
  return JSON.parse(await readFile(path.join(buildRoot, workerSourceFile), 'utf8')) as WorkerSource
}

type BuiltManifest = { name: string; icons: { src: string; purpose?: string; sizes: string }[] }

/** The addresses of this site a page's head and body load to be drawn: stylesheets, preloaded fonts, scripts, icons. */
export function htmlToShellPaths(html: string): string[] {
  const paths: string[] = []
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const rel = /\brel="([^"]*)"/.exec(tag)?.[1] ?? ''
    const url = /\b(?:href|src)="([^"]*)"/.exec(tag)?.[1] ?? ''
    const loadsForDrawing = tag.startsWith('<script') || /\b(stylesheet|preload|icon|apple-touch-icon|manifest)\b/.test(rel)
    if (loadsForDrawing && url.startsWith('/') && !url.startsWith('//')) paths.push(url)
  }
  return paths
}

/** The fonts a stylesheet declares (the ones not preloaded still draw the offline page's bold text). */
export function cssToFontPaths(css: string, sheetPath: string): string[] {
  return [...css.matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)].map((m) => new URL(m[1]!, `http://site${sheetPath}`).pathname)
}

/** The file of a site address in the built folder (`/a/` → `a/index.html`). */
const fileOf = (clientDir: string, urlPath: string) => path.join(clientDir, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '')

/**
 * The shell the worker keeps when it installs, from the built files: the offline page and what it loads, the
 * manifest and its icons. Its version is a digest of the worker's source and of every shell file's path and bytes, and
 * of nothing else (not the other pages, not the time, not the folder's name): a publication that changes none of them
 * keeps the citizens' caches; one that changes any of them replaces them. The manifest's name and icons are in it
 * through the manifest's bytes; the push fallback text is not (it is not cached, and a change to it still changes
 * sw.js's bytes, which makes browsers install the new worker). The offline page is a shell file, so whatever its
 * layout shows (menus, settings) moves the version when it changes; nothing else a publication writes does.
 */
export async function workerBuildOf(clientDir: string, worker: WorkerSource, known?: ReadonlyMap<string, Buffer>): Promise<WorkerBuild> {
  const read = async (urlPath: string) => {
    const file = fileOf(clientDir, urlPath)
    return known?.get(path.relative(clientDir, file).split(path.sep).join('/')) ?? readFile(file)
  }
  const manifest = JSON.parse((await read('/manifest.webmanifest')).toString('utf8')) as BuiltManifest
  const pagePaths = htmlToShellPaths((await read(offlinePath)).toString('utf8'))
  const sheets = pagePaths.filter((p) => p.endsWith('.css'))
  const fonts = (await Promise.all(sheets.map(async (sheet) => cssToFontPaths((await read(sheet)).toString('utf8'), sheet)))).flat()
  const shell = [...new Set([offlinePath, ...pagePaths, ...fonts, ...manifest.icons.map((icon) => icon.src)])]
  const digest = createHash('sha256').update(worker.source)
  for (const file of shell) digest.update(file).update(await read(file))
  const iconOf = (purpose: string) => manifest.icons.find((icon) => icon.purpose === purpose && icon.sizes !== 'any')?.src ?? '/favicon.svg'
  return {
    version: digest.digest('base64url').slice(0, 16),
    shell,
    offline: offlinePath,
    name: manifest.name,
    pushFallback: worker.pushFallback,
    icon: iconOf('any'),
    badge: iconOf('monochrome'),
  }
}

/** The worker as served: its build in front of its source. */
export const workerScript = (build: WorkerBuild, workerSource: string): string => `const build = ${JSON.stringify(build)}\n${workerSource}`

/**
 * Writes `/sw.js` into `clientDir` from the built offline page, the manifest and what they load, once the pages are
 * written (or handed over in `known`, by their path relative to `clientDir`, while a thread writes them): the same function the site's build integration calls at the end of `astro build`, so a full build and an
 * incremental publication give identical bytes. Written by rename (the folder may share inodes with the live build).
 * Idempotent: the same files give the same worker, and an unchanged sw.js is not rewritten. Returns `['sw.js']` when
 * its bytes changed (to precompress and to record as changed), else nothing.
 */
export async function writeServiceWorker(clientDir: string, worker: WorkerSource, known?: ReadonlyMap<string, Buffer>): Promise<string[]> {
  const changed = await writeFileIfChanged(path.join(clientDir, 'sw.js'), workerScript(await workerBuildOf(clientDir, worker, known), worker.source))
  return changed ? ['sw.js'] : []
}
