import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Bytes a first visit to one page transfers, by kind (Brotli where the server sends Brotli). */
export type PageWeight = { html: number; css: number; js: number; fonts: number; images: number; total: number }

/**
 * Adds up what a browser with an empty cache downloads for a page of the built site: the page,
 * its stylesheets and scripts, the fonts those stylesheets declare, and the images in the HTML.
 */
export function pageWeight(siteDir: string, urlPath: string): PageWeight {
  const htmlFile = path.join(siteDir, urlPath, urlPath.endsWith('/') ? 'index.html' : '')
  const html = readFileSync(htmlFile, 'utf8')
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!).filter((u) => u.startsWith('/'))
  const css = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).concat(attr(/<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g))
  const js = attr(/<script[^>]+src="([^"]+)"/g)
  const images = attr(/<img[^>]+src="([^"]+)"/g)
  const fonts = new Set<string>()
  for (const sheet of new Set(css)) {
    const text = readFileSync(path.join(siteDir, sheet), 'utf8')
    for (const m of text.matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)) fonts.add(new URL(m[1]!, `http://x${sheet}`).pathname)
  }
  const sum = (urls: Iterable<string>) => [...new Set(urls)].reduce((n, u) => n + transferSize(path.join(siteDir, decodeURIComponent(u))), 0)
  const weight = { html: transferSize(htmlFile), css: sum(css), js: sum(js), fonts: sum(fonts), images: sum(images) }
  return { ...weight, total: weight.html + weight.css + weight.js + weight.fonts + weight.images }
}

/** Size on the wire (without headers): the precompressed .br twin when the build made one. */
function transferSize(file: string): number {
  if (existsSync(`${file}.br`)) return readFileSync(`${file}.br`).length
  // Files under 1 kB get no compressed twin and travel as they are.
  return readFileSync(file).length
}
