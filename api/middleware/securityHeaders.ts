import { secureHeaders } from 'hono/secure-headers'

/**
 * Security headers for every response. The static pages ship no inline script, so scripts are
 * limited to our origin; Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
 */
export function securityHeaders(publicUrl: URL) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(publicUrl.protocol === 'https:' ? { upgradeInsecureRequests: [] } : {}),
    },
    strictTransportSecurity: publicUrl.protocol === 'https:' ? 'max-age=31536000; includeSubDomains' : false,
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
    crossOriginEmbedderPolicy: false,
    xXssProtection: false,
  })
}
