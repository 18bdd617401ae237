import { hkdfSync } from 'node:crypto'

import { EncryptJWT, jwtDecrypt } from 'jose'

import type { LoginMethod } from './sessions'

/** What the portal must remember between sending the citizen to the identity provider and the callback. */
export type LoginState = { state: string; nonce: string; codeVerifier: string; returnTo: string; method: LoginMethod }

const lifetimeSeconds = 10 * 60

/**
 * Seals the login state into an encrypted, short-lived value for an HttpOnly cookie: the PKCE
 * verifier and nonce stay unreadable and untouchable by the browser, and no server-side storage is
 * needed, so any copy of the public server can take the callback.
 */
export function loginStateSealer(secret: string) {
  const key = new Uint8Array(hkdfSync('sha256', secret, 'sportello', 'citizen-login-state', 32))
  return {
    async seal(state: LoginState): Promise<string> {
      return new EncryptJWT({ ...state }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().setExpirationTime(`${lifetimeSeconds}s`).encrypt(key)
    },
    /** The login state, or null when the value is missing, forged or older than ten minutes. */
    async open(sealed: string | undefined): Promise<LoginState | null> {
      if (!sealed) return null
      try {
        const { payload } = await jwtDecrypt(sealed, key)
        const { state, nonce, codeVerifier, returnTo, method } = payload as Record<string, unknown>
        if ([state, nonce, codeVerifier, returnTo].some((v) => typeof v !== 'string') || (method !== 'spid' && method !== 'cie')) return null
        return { state, nonce, codeVerifier, returnTo, method } as LoginState
      } catch {
        return null
      }
    },
    maxAgeSeconds: lifetimeSeconds,
  }
}

/** A same-site path to go back to after login; anything else (other hosts, "//evil") becomes the desk. */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || value.length > 300) return '/area-personale/'
  return value
}
