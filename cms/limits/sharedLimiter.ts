import { createHash } from 'node:crypto'

import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { redisConnection } from './redis'

/** Where a process's limits count: in Redis, shared by every process, or only in its own memory. */
export type LimitStore = {
  /** null: no Redis configured. */
  redis: Redis | null
  /** Put before every key in Redis, so that limits of other deployments (or test runs) sharing it never mix. */
  keyPrefix: string
}

/** Keys of the portal's limits in Redis start with this. */
export const defaultLimitPrefix = 'sportello:limiti:'

/** The store for SPORTELLO_REDIS_URL (null: per process). */
export function limitStore(redisUrl: string | null, keyPrefix = defaultLimitPrefix): LimitStore {
  return { redis: redisUrl ? redisConnection(redisUrl) : null, keyPrefix }
}

/** The key a client address or an account is counted under: hashed, so no store holds either in clear. */
export function limitKey(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

/** A limit: `points` per `duration` seconds, then refused for `blockDuration` seconds (if set); `keyPrefix` names it, apart from every other limit. */
export type LimitOptions = { keyPrefix: string; points: number; duration: number; blockDuration?: number }

/**
 * A limiter counting in Redis when there is one, with the process's memory as insurance: while
 * Redis is unreachable (or slower than its command timeout) the same limit counts per process, so
 * requests keep being served and the excess is still refused. Without Redis, `otherwise` (another
 * shared store) or memory.
 */
export function sharedLimiter(store: LimitStore, options: LimitOptions, otherwise?: (options: LimitOptions) => RateLimiterAbstract): RateLimiterAbstract {
  if (!store.redis) return otherwise?.(options) ?? new RateLimiterMemory(options)
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `${store.keyPrefix}${options.keyPrefix}`,
    storeClient: store.redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(options),
  })
}
