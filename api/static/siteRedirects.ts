import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { MiddlewareHandler } from 'hono'

import { toSameOriginPath } from '../sameOriginPath'
import type { SiteRoot } from './serveSite'

/** The file a build publishes its redirects in (see site/pages/redirezioni.json.ts). */
export const redirectsFile = 'redirezioni.json'

/**
 * Old addresses of moved pages answer 301 to the new one. The map is read once per live build,
 * so it changes exactly when the site does. Targets are paths of this site only: staff cannot send
 * visitors to another site through a redirect (the CMS validates this too; here a hand-edited or
 * older file is filtered again).
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

// Any origin works as the base: only whether the target stays on it matters.
const anyOrigin = new URL('http://sito.invalid')

function readRedirects(file: string): Map<string, string> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    const paths = Object.entries(parsed).map(([from, to]) => [from, typeof to === 'string' ? toSameOriginPath(to, anyOrigin) : null] as const)
    return new Map(paths.filter((e): e is [string, string] => e[1] !== null))
  } catch {
    return new Map()
  }
}
