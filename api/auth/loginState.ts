import { hkdfSync } from 'node:crypto'

import { EncryptJWT, jwtDecrypt } from 'jose'

import { toSameOriginPath } from '../sameOriginPath'

/**
 * What the portal must remember between sending the citizen to the identity provider and the callback.
 * The login method is not among it: the session records the one the ID token vouches for.
 */
export type LoginState = { state: string; nonce: string; codeVerifier: string; returnTo: string }

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
        const { state, nonce, codeVerifier, returnTo } = payload as Record<string, unknown>
        if ([state, nonce, codeVerifier, returnTo].some((v) => typeof v !== 'string')) return null
        return { state, nonce, codeVerifier, returnTo } as LoginState
      } catch {
        return null
      }
    },
    maxAgeSeconds: lifetimeSeconds,
  }
}

/** Where a login ends when the return address is missing or refused: the citizen's desk. */
export const deskPath = '/area-personale/'

const maxReturnLength = 300

/**
 * A path of the portal to go back to after login (normalised path, query and hash), or the desk.
 * Anything a browser could read as another site ("/\t/evil.example", "/\\evil", "/%2F%2Fevil") is
 * refused outright rather than repaired: see toSameOriginPath.
 */
export function safeReturnPath(value: string | undefined, publicUrl: URL): string {
  if (!value || value.length > maxReturnLength) return deskPath
  return toSameOriginPath(value, publicUrl) ?? deskPath
}
