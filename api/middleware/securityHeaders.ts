import { secureHeaders } from 'hono/secure-headers'

/**
 * Security headers for every response. The static pages ship no inline script, so scripts are
 * limited to our origin (the site search is plain JavaScript, no WebAssembly). The device's
 * position is allowed only where a page asks for it (the new report's "Usa la mia posizione").
 */
export function securityHeaders(publicUrl: URL, options: { geolocation?: boolean } = {}) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      // The installable app: its worker (/sw.js) and manifest come from this origin only.
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(publicUrl.protocol === 'https:' ? { upgradeInsecureRequests: [] } : {}),
    },
    strictTransportSecurity: publicUrl.protocol === 'https:' ? 'max-age=31536000; includeSubDomains' : false,
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: options.geolocation ? ['self'] : [], payment: [] },
    crossOriginEmbedderPolicy: false,
    xXssProtection: false,
  })
}
