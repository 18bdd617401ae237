import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { stringsFor } from '../i18n'

/** Where the offline page is built (site/pages/senza-connessione.astro). */
export const offlinePath = '/senza-connessione/'

/** What the built worker knows of its build; the same names the worker's source reads. */
export type WorkerBuild = { version: string; shell: string[]; offline: string; name: string; pushFallback: string; icon: string; badge: string }

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

/**
 * The shell the worker keeps when it installs, from the built files: the offline page and what it loads, the
 * manifest and its icons. Its version is a digest of the worker and of every shell file's bytes: a build that
 * changes none of them keeps the citizens' caches; one that changes any of them replaces them.
 */
export function workerBuildOf(clientDir: string, workerSource: string): WorkerBuild {
  const read = (urlPath: string) => readFileSync(path.join(clientDir, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : ''))
  const manifest = JSON.parse(read('/manifest.webmanifest').toString('utf8')) as BuiltManifest
  const pagePaths = htmlToShellPaths(read(offlinePath).toString('utf8'))
  const fonts = pagePaths.filter((p) => p.endsWith('.css')).flatMap((sheet) => cssToFontPaths(read(sheet).toString('utf8'), sheet))
  const shell = [...new Set([offlinePath, ...pagePaths, ...fonts, ...manifest.icons.map((icon) => icon.src)])]
  const digest = createHash('sha256').update(workerSource)
  for (const file of shell) digest.update(file).update(read(file))
  const iconOf = (purpose: string) => manifest.icons.find((icon) => icon.purpose === purpose && icon.sizes !== 'any')?.src ?? '/favicon.svg'
  return {
    version: digest.digest('base64url').slice(0, 16),
    shell,
    offline: offlinePath,
    name: manifest.name,
    pushFallback: stringsFor().app.pushFallback,
    icon: iconOf('any'),
    badge: iconOf('monochrome'),
  }
}

/** The worker as served: its build in front of its source. */
export const workerScript = (build: WorkerBuild, workerSource: string): string => `const build = ${JSON.stringify(build)}\n${workerSource}`

/** Writes /sw.js into the built site once every page is written (it reads the built offline page and manifest). */
export function serviceWorker(): AstroIntegration {
  let source = ''
  return {
    name: 'sportello:service-worker',
    hooks: {
      'astro:config:setup': ({ config }) => void (source = readFileSync(new URL('serviceWorker/sw.js', config.srcDir), 'utf8')),
      'astro:build:done': ({ dir }) => {
        const clientDir = fileURLToPath(dir)
        writeFileSync(path.join(clientDir, 'sw.js'), workerScript(workerBuildOf(clientDir, source), source))
      },
    },
  }
}
