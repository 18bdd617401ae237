import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'

/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
 * sub-requests), Path=/. On https it is Secure with the __Host- prefix, which browsers only accept
 * from our own host without a Domain; on plain-http localhost (development) neither is possible.
 */
export type CookiePolicy = { secure: boolean }

const baseName = 'sportello_sessione'
// Readable by page scripts and holding nothing but "1": static pages use it to decide whether asking
// the API for the citizen's name is worth a request. It never authenticates anything.
const hintName = 'sportello_connesso'

/** The cookie's full name under a policy. */
export function sessionCookieName({ secure }: CookiePolicy): string {
  return secure ? `__Host-${baseName}` : baseName
}

/** Sets the session cookie until the session's absolute expiry. */
export function setSessionCookie(c: Context, policy: CookiePolicy, token: string, expiresAt: Date): void {
  setCookie(c, baseName, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    expires: expiresAt,
    ...(policy.secure ? { secure: true, prefix: 'host' as const } : {}),
  })
  setCookie(c, hintName, '1', { sameSite: 'Lax', path: '/', expires: expiresAt, secure: policy.secure })
}

/** The token in the request's session cookie, if any. */
export function readSessionCookie(c: Context, policy: CookiePolicy): string | undefined {
  return policy.secure ? getCookie(c, baseName, 'host') : getCookie(c, baseName)
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(c: Context, policy: CookiePolicy): void {
  deleteCookie(c, baseName, { path: '/', ...(policy.secure ? { secure: true, prefix: 'host' as const } : {}) })
  deleteCookie(c, hintName, { path: '/', secure: policy.secure })
}
