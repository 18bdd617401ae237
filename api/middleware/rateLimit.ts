import type { MiddlewareHandler } from 'hono'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { limitKey, sharedLimiter, type LimitStore } from '../../cms/limits/sharedLimiter'
import { ApiError } from '../errors'
import type { AppEnv } from '../openapi'
import type { ClientKey } from './clientKey'

/**
 * Makes a limit of `limit` requests per client address per window, named `name` (its counts are its
 * own); excess gets a 429 in Italian with Retry-After, every answer the draft-7 RateLimit headers.
 */
export type RateLimit = (name: string, limit: number, windowMs: number) => MiddlewareHandler<AppEnv>

/**
 * The rate limits of one public server: counted in Redis when `store` has it, so that every copy of
 * the server behind the load balancer shares them, and in the process's memory otherwise or while
 * Redis is unreachable (cms/limits/sharedLimiter.ts).
 */
export function rateLimits(store: LimitStore, keyOf: ClientKey): RateLimit {
  return (name, limit, windowMs) => {
    const windowSeconds = Math.ceil(windowMs / 1000)
    const limiter = sharedLimiter(store, { keyPrefix: name, points: limit, duration: windowSeconds })
    return async (c, next) => {
      const counted = await limiter.consume(limitKey(keyOf(c))).then(
        (result) => ({ result, refused: false }),
        (refusal: unknown) => {
          // Anything but a refusal is a failure of the store and its insurance: fail closed, as a 500.
          if (!(refusal instanceof RateLimiterRes)) throw refusal
          return { result: refusal, refused: true }
        },
      )
      const resetSeconds = Math.max(0, Math.ceil(counted.result.msBeforeNext / 1000))
      c.header('RateLimit-Policy', `${limit};w=${windowSeconds}`)
      c.header('RateLimit', `limit=${limit}, remaining=${counted.result.remainingPoints}, reset=${resetSeconds}`)
      if (counted.refused) throw new ApiError('rate_limited', undefined, [], resetSeconds)
      await next()
    }
  }
}

/**
 * Limits what people do without logging in (an appointment booked as a guest holds a place until
 * its email is confirmed): a request with a citizen's session passes, the others count in `limited`.
 * Put it after the session middleware.
 */
export function rateLimitGuests(limited: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => (c.get('session') ? next() : limited(c, next))
}
