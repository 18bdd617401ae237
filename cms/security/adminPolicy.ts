/**
 * The admin's Content-Security-Policy for one page: everything from this origin only, inline
 * scripts only with the page's nonce (Next.js puts it on the scripts it writes, and
 * 'strict-dynamic' lets those load the rest of its chunks), no framing by anyone. Styles keep
 * 'unsafe-inline' because React writes style attributes, which no nonce can cover.
 */
export function adminContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** HSTS for a year, only when the admin's public address is https (SPORTELLO_ADMIN_URL). */
export function strictTransportSecurity(adminUrl: string | undefined): string | null {
  return adminUrl?.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : null
}
