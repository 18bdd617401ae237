import type { MiddlewareHandler } from 'hono'

import { ApiError } from '../errors'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Cross-site request forgery guard: every state-changing request must come from our own origin.
 * Browsers always send Origin on POST/PUT/PATCH/DELETE, so a missing header is refused too.
 */
export function originCheck(allowedOrigin: string): MiddlewareHandler {
  return async (c, next) => {
    if (!safeMethods.has(c.req.method) && c.req.header('origin') !== allowedOrigin) {
      throw new ApiError('forbidden', 'Richiesta rifiutata: proviene da un sito diverso dal portale.')
    }
    await next()
  }
}
