import { Hono, type MiddlewareHandler } from 'hono'

import type { CertificateStore } from '../data/certificates'
import type { AppEnv } from '../openapi'
import type { CertificateCheckLocals } from '../services/certificateCheckPage'
import { verifyCertificate } from '../services/certificates'
import { onDemandRenderer } from '../static/onDemandPage'
import type { SiteRoot } from '../static/serveSite'

export type CertificatePageDeps = { store: CertificateStore; siteRoot: SiteRoot; headers: MiddlewareHandler }

/** Where the QR code of every certificate points. */
export const verificationPath = '/verifica-certificato/'

/**
 * The public verification page, rendered on request with the site's layout
 * (site/pages/verifica-certificato/index.astro): a GET form for the code and, when one is given, what
 * the register says of it. Never cached nor indexed.
 */
export function certificatePageRoutes(deps: CertificatePageDeps) {
  const app = new Hono<AppEnv>()
  const render = onDemandRenderer(deps.siteRoot, deps.headers)
  app.get(verificationPath.slice(0, -1), (c) => c.redirect(`${verificationPath}${new URL(c.req.url).search}`, 301))
  app.get(verificationPath, async (c) => {
    const typed = c.req.query('codice')?.trim().slice(0, 60) || null
    const locals: CertificateCheckLocals = { certificateCheck: { typed, result: typed ? await verifyCertificate(deps.store, typed) : null } }
    return render(c, locals)
  })
  return app
}
