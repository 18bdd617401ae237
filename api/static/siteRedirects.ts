import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { MiddlewareHandler } from 'hono'

import type { SiteRoot } from './serveSite'

/** The file a build publishes its redirects in (see site/pages/redirezioni.json.ts). */
export const redirectsFile = 'redirezioni.json'

/**
 * Old addresses of moved pages answer 301 to the new one. The map is read once per live build,
 * so it changes exactly when the site does.
 */
export function siteRedirects(root: SiteRoot): MiddlewareHandler {
  let loadedFor = ''
  let map = new Map<string, string>()
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const base = root()
    if (base !== loadedFor) {
      loadedFor = base
      map = readRedirects(path.join(base, redirectsFile))
    }
    const requested = c.req.path.endsWith('/') ? c.req.path : `${c.req.path}/`
    const target = map.get(requested)
    if (!target) return next()
    return c.redirect(`${target}${new URL(c.req.url).search}`, 301)
  }
}

function readRedirects(file: string): Map<string, string> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    return new Map(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].startsWith('/') && !e[1].startsWith('//')))
  } catch {
    return new Map()
  }
}
