import type { MiddlewareHandler } from 'hono'
import { rateLimiter } from 'hono-rate-limiter'

import { ApiError } from '../errors'
import type { AppEnv } from '../openapi'
import type { ClientKey } from './clientKey'

/** Limits a route to `limit` requests per client address per window; excess gets a 429 in Italian. */
export function rateLimit(limit: number, windowMs: number, keyOf: ClientKey) {
  return rateLimiter({
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    keyGenerator: keyOf,
    handler: () => {
      throw new ApiError('rate_limited')
    },
  })
}

/**
 * Limits what people do without logging in (an appointment booked as a guest holds a place until
 * its email is confirmed): a request with a citizen's session passes, the others count per client
 * address. Put it after the session middleware.
 */
export function rateLimitGuests(limit: number, windowMs: number, keyOf: ClientKey): MiddlewareHandler<AppEnv> {
  const limited = rateLimit(limit, windowMs, keyOf)
  return async (c, next) => (c.get('session') ? next() : limited(c, next))
}
