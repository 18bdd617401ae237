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

/** Where the admin previews an attachment inside its own page: GET /api/practice-attachments/:id/file?inline=1. */
export const isAttachmentPreview = (url: URL): boolean => /^\/api\/practice-attachments\/\d+\/file$/.test(url.pathname) && url.searchParams.get('inline') === '1'

/**
 * The policy of an attachment shown inline (an image or a PDF in the application's page): the one
 * response that the admin itself may frame ('self', never another site), and that may run nothing.
 */
export function attachmentPreviewPolicy(): string {
  return ["default-src 'none'", "img-src 'self'", "object-src 'self'", "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'self'"].join('; ')
}

/** HSTS for a year, only when the admin's public address is https (SPORTELLO_ADMIN_URL). */
export function strictTransportSecurity(adminUrl: string | undefined): string | null {
  return adminUrl?.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : null
}
