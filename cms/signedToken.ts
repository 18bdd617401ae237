import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

type Secret = Pick<Payload, 'secret'>

/** What a signed token names: a row's id and a one-letter purpose, within a scope (a key of its own). */
export type SignedTokenRequest = { scope: string; id: number | string; purpose: string; expiresAt: Date }

// A key of its own per scope, derived from Payload's secret: a token of one feature never passes for another's.
const keyOf = (payload: Secret, scope: string) => createHmac('sha256', payload.secret).update(scope).digest()

const sign = (payload: Secret, scope: string, body: string) => createHmac('sha256', keyOf(payload, scope)).update(body).digest('base64url').slice(0, 32)

/**
 * A stateless signed token: `<id>.<purpose>.<expiry, base36 seconds>.<signature>`, the HMAC (Payload's
 * secret, the scope) vouching for it. Bookings, reports and their followers share it.
 */
export function signedToken(payload: Secret, { scope, id, purpose, expiresAt }: SignedTokenRequest): string {
  const body = `${id}.${purpose}.${Math.ceil(expiresAt.getTime() / 1000).toString(36)}`
  return `${body}.${sign(payload, scope, body)}`
}

/** The id a token names for a scope and purpose, or null when it is forged, altered, for another purpose or expired. */
export function verifySignedToken(payload: Secret, scope: string, token: unknown, purpose: string, now: Date = new Date()): number | string | null {
  if (typeof token !== 'string' || token.length > 200) return null
  const parts = token.split('.')
  if (parts.length !== 4) return null
  const [id, code, expiry, signature] = parts as [string, string, string, string]
  if (code !== purpose || !/^[0-9a-z]{1,12}$/.test(expiry) || !/^[\w-]{1,40}$/.test(id)) return null
  const expected = Buffer.from(sign(payload, scope, `${id}.${code}.${expiry}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  if (parseInt(expiry, 36) * 1000 < now.getTime()) return null
  return /^\d+$/.test(id) ? Number(id) : id
}
