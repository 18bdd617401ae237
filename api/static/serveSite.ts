import path from 'node:path'

import type { MiddlewareHandler } from 'hono'

import { pathToCacheControl } from './cachePolicy'
import { StaticFileCache, type StaticFile } from './staticFile'

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
    return respond(c.req.header('if-none-match'), c.req.header('accept-encoding'), urlPath, file, c.req.method === 'HEAD')
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

function respond(ifNoneMatch: string | undefined, acceptEncoding: string | undefined, urlPath: string, file: StaticFile, head: boolean): Response {
  const accepts = acceptEncoding ?? ''
  const [encoding, body] =
    file.br && accepts.includes('br') ? ['br', file.br] : file.gzip && accepts.includes('gzip') ? ['gzip', file.gzip] : [undefined, file.body]
  const headers = new Headers({
    'Content-Type': file.contentType,
    'Cache-Control': pathToCacheControl(urlPath),
    ETag: encoding ? `${file.etag.slice(0, -1)}-${encoding}"` : file.etag,
  })
  if (file.br || file.gzip) headers.set('Vary', 'Accept-Encoding')
  if (encoding) headers.set('Content-Encoding', encoding)
  if (ifNoneMatch && ifNoneMatch === headers.get('ETag')) return new Response(null, { status: 304, headers })
  headers.set('Content-Length', String(body.length))
  // Buffers from readFileSync are backed by a plain ArrayBuffer.
  return new Response(head ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers })
}
