import type { MiddlewareHandler } from 'hono'

import { ApiError } from '../errors'
import { setResponseHeader } from './responseHeader'

/** Personal data is never stored by browsers or shared caches. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next()
  setResponseHeader(c, 'Cache-Control', 'private, no-store')
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
