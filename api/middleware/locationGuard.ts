import type { MiddlewareHandler } from 'hono'

import type { ApiConfig } from '../config'
import { isUnsafeUrlText } from '../sameOriginPath'
import { setResponseHeader } from './responseHeader'

/**
 * The origins a response may send the browser to besides the portal's own: the identity provider
 * (login, and its end-session page at logout) and the pagoPA checkout. Named in configuration, never
 * per route, so no handler can add a destination by mistake.
 */
export function configToRedirectOrigins(config: Pick<ApiConfig, 'oidc' | 'pagopa'>): string[] {
  const origins = [config.oidc?.issuer.origin]
  if (config.pagopa) origins.push(new URL(config.pagopa.checkoutUrl).origin)
  return origins.filter((o): o is string => Boolean(o))
}

/** Whether a Location value keeps the browser on the portal or sends it to one of the allowed origins. */
export function isAllowedLocation(location: string, publicUrl: URL, allowedOrigins: ReadonlySet<string>): boolean {
  if (isUnsafeUrlText(location)) return false
  try {
    const target = new URL(location, publicUrl)
    return target.origin === publicUrl.origin || allowedOrigins.has(target.origin)
  } catch {
    return false
  }
}

/**
 * Last line of defence against open redirects: after every handler, a `Location` that would leave the
 * portal for an origin not named in configuration, or that a browser could read as scheme-relative,
 * is replaced by the home page. A handler that produced one has a bug, so it is logged.
 */
export function locationGuard(publicUrl: URL, allowedOrigins: Iterable<string>, fallback = '/'): MiddlewareHandler {
  const allowed = new Set(allowedOrigins)
  return async (c, next) => {
    await next()
    const location = c.res.headers.get('location')
    if (location === null || isAllowedLocation(location, publicUrl, allowed)) return
    console.warn(`[location] indirizzo di reindirizzamento rifiutato per ${c.req.method} ${c.req.path.slice(0, 100)}`)
    setResponseHeader(c, 'Location', fallback)
  }
}
