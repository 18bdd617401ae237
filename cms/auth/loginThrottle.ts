import { APIError, type Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { limitKey, limitStore, sharedLimiter, type LimitOptions, type LimitStore } from '../limits/sharedLimiter'
import { settingsOf } from '../settings/cmsSettings'

/**
 * The one answer to every failed sign-in: wrong email, wrong password, wrong second-factor code or
 * too many attempts read the same, so nobody learns which accounts exist.
 */
export const loginFailureMessage = 'Credenziali non valide o troppi tentativi: riprova tra qualche minuto.'

/** A refused sign-in, with the one message; 429 once the address or the account is throttled. */
export class LoginRefusedError extends APIError {
  constructor(throttled: boolean) {
    super(loginFailureMessage, throttled ? 429 : 401, undefined, true)
  }
}

/** The table the PostgreSQL store keeps its counters in (created by the staff_accounts migration). */
export const throttleTable = 'staff_login_throttle'

const window = 15 * 60
// No lock-out an outsider can trigger: failures are counted per client address (any account) and
// per account *from that address*, so a flood of wrong passwords from one place never stops the
// owner signing in from another. Strong passwords and the second factor make the remaining guesses
// from a botnet worthless.
const limits = {
  address: { keyPrefix: 'address', points: 20, duration: window, blockDuration: window },
  accountAtAddress: { keyPrefix: 'account', points: 5, duration: window, blockDuration: window },
} satisfies Record<string, LimitOptions>

/** Counts sign-in attempts; `attempt` before checking credentials, `succeeded` after a success. */
export type LoginThrottle = {
  /** Counts one attempt; false when the address or the account at that address is over its limit. */
  attempt: (account: string, address: string) => Promise<boolean>
  /** Forgets the failures of this account at this address, and gives the address its attempt back. */
  succeeded: (account: string, address: string) => Promise<void>
}

const throttles = new WeakMap<Payload, LoginThrottle>()

/** The throttle of this Payload instance, created on first use. */
export function loginThrottle(payload: Payload): LoginThrottle {
  let throttle = throttles.get(payload)
  if (!throttle) {
    throttle = createThrottle(payload)
    throttles.set(payload, throttle)
  }
  return throttle
}

function createThrottle(payload: Payload): LoginThrottle {
  const pool = (payload.db as { pool?: unknown }).pool
  // PostgreSQL without Redis: counters in the database, shared by every process and machine of the deployment.
  // SQLite (one machine, one admin process, which is the only one that signs staff in): in memory.
  const postgres = payload.db.name === 'postgres' && pool
    ? (options: LimitOptions) => new RateLimiterPostgres({ ...options, storeClient: pool, storeType: 'pool', tableName: throttleTable, tableCreated: true })
    : undefined
  return throttleIn(limitStore(settingsOf(payload).redisUrl), postgres)
}

/**
 * The throttle counting in `store`: in Redis when there is one (every admin process shares it; while
 * it is unreachable each process counts on its own), else through `otherwise`, else in memory.
 */
export function throttleIn(store: LimitStore, otherwise?: (options: LimitOptions) => RateLimiterAbstract): LoginThrottle {
  const byAddress = sharedLimiter(store, limits.address, otherwise)
  const byAccount = sharedLimiter(store, limits.accountAtAddress, otherwise)
  // Keys are hashed: neither the table nor Redis ever holds an email address or an IP address in clear.
  const keys = (account: string, address: string) => ({ address: limitKey(address), account: limitKey(`${account.trim().toLowerCase()}\n${address}`) })
  return {
    attempt: async (account, address) => {
      const key = keys(account, address)
      const results = await Promise.allSettled([byAddress.consume(key.address), byAccount.consume(key.account)])
      for (const result of results) {
        if (result.status === 'rejected' && !(result.reason instanceof RateLimiterRes)) throw result.reason
      }
      return results.every((result) => result.status === 'fulfilled')
    },
    succeeded: async (account, address) => {
      const key = keys(account, address)
      await Promise.all([byAccount.delete(key.account), byAddress.reward(key.address, 1)])
    },
  }
}

/**
 * The client's address as the admin's Next.js server saw it: the right-most X-Forwarded-For entry,
 * which Next.js fills from the socket, or which the reverse proxy in front appends. The admin
 * listens on 127.0.0.1 unless ADMIN_HOST says otherwise, so only that proxy can reach it.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).pop()
  return last || 'locale'
}
