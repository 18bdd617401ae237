import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { removeFiles, writeFileIfChanged } from './files'

/** URLs per sitemap file, as @astrojs/sitemap's default (the protocol allows 50,000). */
export const sitemapEntryLimit = 45_000

/** Whether a built page lets search engines index it: no `<meta name="robots" content="noindex">`. */
export function htmlIsIndexable(html: string): boolean {
  return !/<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html)
}

/** The status pages @astrojs/sitemap leaves out whatever the caller lists. */
const statusPages = new Set(['404', '500'])

const urlsetOpen = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">'
const indexOpen = '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'

/** XML text as the `sitemap` package escapes it (`&`, `<`, `>`; characters XML forbids are dropped). */
const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')

/**
 * The order @astrojs/sitemap sorts URLs in (generate-sitemap.js: `a.localeCompare(b, 'en', { numeric: true })`), with
 * one collator: localeCompare with options builds a collator per call, 2.4 s of CPU for 20,000 URLs instead of 0.2 s.
 */
const collate = new Intl.Collator('en', { numeric: true }).compare
/** Ties of the collator (`/a01/` and `/a1/` compare equal) broken by code units, so the order never depends on the input's. */
const byUrl = (a: string, b: string) => collate(a, b) || (a < b ? -1 : a > b ? 1 : 0)

/** The last sorted URL list, kept so the next publication sorts only what it added (see sortedUrls). */
let last: { root: string; hrefOf: Map<string, string>; urls: string[]; set: Set<string> } | null = null

/**
 * The absolute URLs of `paths`, without status pages and duplicates, in @astrojs/sitemap's order. The collator is the
 * slow part (about 200 ms of CPU for 20,000 URLs on this machine), so the result is kept in memory: the next call, the
 * same site in the same process (the publisher is long-lived), compares sets (hashing, linear) and places each added
 * URL by binary search, so a publication pays for what it changed, not for the size of the site.
 */
function sortedUrls(root: URL, paths: Iterable<string>): string[] {
  const reuse = last?.root === root.href ? last : null
  const hrefOf = reuse?.hrefOf ?? new Map<string, string>()
  const set = new Set<string>()
  for (const p of paths) {
    let href = hrefOf.get(p)
    if (href === undefined) {
      href = statusPages.has(p.replace(/^\/+|\/+$/g, '')) ? '' : new URL(p.replace(/^\/*/, ''), root).href
      hrefOf.set(p, href)
    }
    if (href) set.add(href)
  }
  let urls: string[]
  const added = reuse ? [...set].filter((url) => !reuse.set.has(url)) : []
  if (reuse && added.length < 1_000) {
    urls = reuse.set.size === set.size - added.length ? [...reuse.urls] : reuse.urls.filter((url) => set.has(url))
    for (const url of added.sort(byUrl)) {
      let low = 0
      let high = urls.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (byUrl(urls[middle]!, url) <= 0) low = middle + 1
        else high = middle
      }
      urls.splice(low, 0, url)
    }
  } else {
    urls = [...set].sort(byUrl)
  }
  // A path map that grew past twice the site (slugs renamed over time) is dropped rather than kept forever.
  last = { root: root.href, hrefOf: hrefOf.size > 2 * set.size + 1_000 ? new Map() : hrefOf, urls, set }
  return [...urls]
}

export type SitemapFiles = { written: string[]; removed: string[] }

/**
 * Writes `sitemap-index.xml` and `sitemap-0.xml`, `sitemap-1.xml`… (45,000 URLs each) into `clientDir`, byte for byte
 * what @astrojs/sitemap 3.7 writes for the same URLs (checked against it in sitemap.test.ts), so a publication that
 * renders a few pages can rewrite the sitemap without Astro: the caller passes every indexable path of the site (it
 * knows them from its records; `htmlIsIndexable` tells a page that asks not to be indexed), this turns them into
 * absolute URLs on `siteUrl`, drops the status pages, sorts and deduplicates them.
 * Sitemap files left from a larger site are removed (with their twins), and with no URL at all no sitemap is written
 * (as @astrojs/sitemap, which then only warns). Writes by rename (the folder may share inodes with the live build).
 * Returns the files whose bytes changed and those removed (relative), so the caller precompresses and records only
 * those. Idempotent: the same paths give the same bytes, and unchanged files are not rewritten.
 */
export async function writeSitemap(clientDir: string, siteUrl: string, paths: Iterable<string>): Promise<SitemapFiles> {
  const root = new URL('/', siteUrl)
  const urls = sortedUrls(root, paths)
  const chunks: string[][] = []
  for (let i = 0; i < urls.length; i += sitemapEntryLimit) chunks.push(urls.slice(i, i + sitemapEntryLimit))
  const names = chunks.map((_, i) => `sitemap-${i}.xml`)
  const written: string[] = []
  const write = async (name: string, xml: string) => void ((await writeFileIfChanged(path.join(clientDir, name), xml)) && written.push(name))
  for (const [i, chunk] of chunks.entries()) await write(names[i]!, `${urlsetOpen}${chunk.map((url) => `<url><loc>${xmlText(url)}</loc></url>`).join('')}</urlset>`)
  if (chunks.length) {
    names.push('sitemap-index.xml')
    await write('sitemap-index.xml', `${indexOpen}${chunks.map((_, i) => `<sitemap><loc>${xmlText(new URL(`sitemap-${i}.xml`, root).href)}</loc></sitemap>`).join('')}</sitemapindex>`)
  }
  const present = await readdir(clientDir).catch(() => [] as string[])
  const stale = present.filter((name) => /^sitemap-(\d+|index)\.xml$/.test(name) && !names.includes(name))
  await removeFiles(clientDir, stale)
  return { written, removed: stale }
}
