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

/** The order @astrojs/sitemap sorts URLs in (generate-sitemap.js). */
const byUrl = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

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
  const urls = [...new Set([...paths].filter((p) => !statusPages.has(p.replace(/^\/+|\/+$/g, ''))).map((p) => new URL(p.replace(/^\/*/, ''), root).href))].sort(byUrl)
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
