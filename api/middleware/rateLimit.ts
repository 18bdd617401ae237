import { rateLimiter } from 'hono-rate-limiter'

import { ApiError } from '../errors'
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
