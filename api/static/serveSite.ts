import path from 'node:path'

import type { MiddlewareHandler } from 'hono'

import { pathToCacheControl } from './cachePolicy'
import { StaticFileCache } from './staticFile'
import { variantRequestOf, variantResponse } from './variantResponse'

/** Where the live build is: a function, because publishing swaps in a new folder while serving. */
export type SiteRoot = () => string

/**
 * Serves the static site: index.html for folders, precompressed Brotli/gzip variants, ETags with
 * 304 answers, and cache headers by path. Anything not found falls through to the next handler.
 */
export function serveSite(root: SiteRoot, cache = new StaticFileCache()): MiddlewareHandler {
  let servedBase = ''
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const urlPath = safePath(c.req.path)
    if (urlPath === null) return next()
    const base = root()
    // A new build went live: the files of the old one will not be asked for again.
    if (base !== servedBase) {
      if (servedBase) cache.clear()
      servedBase = base
    }
    const target = path.join(base, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath)
    if (!target.startsWith(base + path.sep)) return next()
    const file = cache.get(target)
    if (!file) {
      if (!urlPath.endsWith('/') && !path.extname(urlPath) && cache.isDirectory(target)) {
        // The address as the browser sent it (still percent-encoded), never the decoded one.
        const { pathname, search } = new URL(c.req.url)
        return c.redirect(`${pathname}/${search}`, 301)
      }
      return next()
    }
    return variantResponse(file, variantRequestOf(c), pathToCacheControl(urlPath))
  }
}

/**
 * Decoded request path, or null when it is malformed, tries to climb out of the site, or starts
 * with "//" ("//evil.example", "/%2F%2Fevil.example"): such a path names no page, and adding a
 * slash to it would make a scheme-relative Location.
 */
function safePath(rawPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.startsWith('//') || /(^|\/)\.\.?(\/|$)/.test(decoded)) return null
  return decoded
}
