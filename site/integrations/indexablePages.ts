import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import sitemap from '@astrojs/sitemap'
import type { AstroIntegration } from 'astro'

import { htmlIsIndexable } from '../../cms/publishing/assemble/sitemap'

// One rule for "may be indexed" for the full build's sitemap and the publisher's (cms/publishing/assemble/sitemap.ts).
export { htmlIsIndexable }

/**
 * A sitemap entry filter for the built site in `outDir`: a URL stays only when its page was written to disk (a page
 * rendered on request, such as /anteprima/, answers 404 without its signed link) and does not ask not to be indexed.
 */
export function indexablePageFilter(outDir: string): (url: string) => boolean {
  return (url) => {
    const file = join(outDir, decodeURIComponent(new URL(url).pathname), 'index.html')
    try {
      return htmlIsIndexable(readFileSync(file, 'utf8'))
    } catch {
      return false
    }
  }
}

/**
 * The sitemap of the pages a search engine may index. Astro runs the build-done hooks one after the other, so the first
 * integration learns where the pages were written before the sitemap's filter reads them.
 */
export function sitemapOfIndexablePages(): AstroIntegration[] {
  let clientDir = ''
  const locate: AstroIntegration = { name: 'sportello:built-pages', hooks: { 'astro:build:done': ({ dir }) => void (clientDir = fileURLToPath(dir)) } }
  return [locate, sitemap({ filter: (url) => indexablePageFilter(clientDir)(url) })]
}
