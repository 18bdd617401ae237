import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const cmsDir = path.dirname(fileURLToPath(import.meta.url))

/** The staff back office: the Payload admin on its own port, never part of the public site. */
const nextConfig = {
  poweredByHeader: false,
  // The publishing job (cms/publishing) runs Pagefind's native binary; never bundle it.
  // rate-limiter-flexible picks its optional stores with require() at run time; never bundle it,
  // nor the Redis client it is handed (cms/limits/redis.ts: one connection per process).
  serverExternalPackages: ['rate-limiter-flexible', 'ioredis'],
  outputFileTracingRoot: path.resolve(cmsDir, '..'),
  turbopack: { root: path.resolve(cmsDir, '..') },
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          // The Content-Security-Policy (with frame-ancestors 'none') and HSTS come from proxy.ts:
          // they need a nonce per page and the run-time SPORTELLO_ADMIN_URL.
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      // No framing, except an attachment previewed inline in the admin's own page (?inline=1,
      // see cms/security/adminPolicy.ts); the CSP's frame-ancestors says the same to every browser.
      { source: '/:path*', missing: [{ type: 'query', key: 'inline', value: '1' }], headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      { source: '/api/practice-attachments/:id/file', has: [{ type: 'query', key: 'inline', value: '1' }], headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
