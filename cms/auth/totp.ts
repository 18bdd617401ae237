import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

import { Secret, TOTP } from 'otpauth'

// RFC 6238 with the parameters every authenticator app understands: SHA-1, 6 digits, 30 seconds.
const period = 30
const digits = 6
const issuer = 'Sportello Comune di Brindisi'

function totpFor(secretBase32: string, label = 'staff'): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits, period, secret: Secret.fromBase32(secretBase32) })
}

/** A new TOTP secret (160 random bits, as RFC 4226 recommends), in base32 as apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString()
}

/** The current 6-digit code for a secret (tests and the e2e helpers compute codes the same way). */
export function totpCode(secretBase32: string, timestamp = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp })
}

/**
 * The time step (30-second counter) a code belongs to, or null when it is wrong. One step either
 * side is accepted for clock drift; the caller must refuse a step already used (no replay).
 */
export function totpStep(secretBase32: string, code: string, timestamp = Date.now()): number | null {
  const token = code.replace(/\s+/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const delta = totpFor(secretBase32).validate({ token, timestamp, window: 1 })
  return delta === null ? null : TOTP.counter({ period, timestamp }) + delta
}

const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789'
/** How many one-time recovery codes an account gets at each enrolment. */
export const recoveryCodeCount = 10

/** Ten recovery codes of 10 characters (about 49 bits each), written as xxxxx-xxxxx. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const chars = Array.from({ length: 10 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join('')
    return `${chars.slice(0, 5)}-${chars.slice(5)}`
  })
}

/** True when the text has the shape of a recovery code rather than a 6-digit TOTP code. */
export function looksLikeRecoveryCode(code: string): boolean {
  return normalizeRecoveryCode(code).length === 10
}

function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, '')
}

/**
 * What is stored for a recovery code: its SHA-256. The codes are random and long, so a plain hash
 * is enough (like an API token) and a leaked database does not reveal them.
 */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex')
}

/** The stored hash a recovery code matches, compared in constant time, or null. */
export function matchRecoveryCode(code: string, hashes: readonly string[]): string | null {
  const candidate = Buffer.from(hashRecoveryCode(code), 'hex')
  let match: string | null = null
  for (const hash of hashes) {
    const stored = Buffer.from(hash, 'hex')
    if (stored.length === candidate.length && timingSafeEqual(stored, candidate)) match = hash
  }
  return match
}

/** A random id for things that must not be guessed (kept here so every secret comes from one place). */
export function randomToken(bytes = 16): string {
  return randomBytes(bytes).toString('base64url')
}
