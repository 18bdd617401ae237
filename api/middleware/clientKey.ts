import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The client address used for rate limits. X-Forwarded-For is trusted only when the server runs
 * behind a proxy that sets it (SPORTELLO_TRUST_PROXY=1); otherwise clients could spoof it.
 */
export function clientKey(c: Context): string {
  if (process.env.SPORTELLO_TRUST_PROXY === '1') {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
