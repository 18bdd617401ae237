import type { MiddlewareHandler } from 'hono'

import { ApiError } from '../errors'

/**
 * Personal data is never stored by browsers or shared caches. Set on the response's own headers: Hono's `c.header`
 * after the handler copies the whole response first (its body turned into a stream), the dearest step of `/api/me`.
 * A response whose headers cannot change (one fetched elsewhere) is copied, as `c.header` would.
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next()
  try {
    c.res.headers.set('Cache-Control', 'private, no-store')
  } catch {
    c.header('Cache-Control', 'private, no-store')
  }
}

/**
 * JSON routes accept only JSON bodies: a form or text/plain post (which a foreign page can send
 * without a CORS preflight) is refused with 415 before any handler runs.
 */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  if (['POST', 'PUT', 'PATCH'].includes(c.req.method)) {
    const type = c.req.header('content-type') ?? ''
    if (!/^application\/json(\s*;|$)/i.test(type)) throw new ApiError('unsupported_media_type', 'La richiesta deve essere in formato JSON.')
  }
  await next()
}
