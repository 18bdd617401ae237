import path from 'node:path'

import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import type { Payload } from 'payload'

import type { ApiConfig } from './config'
import { feedbackStore } from './data/feedback'
import { ApiError, handleError } from './errors'
import { originCheck } from './middleware/originCheck'
import { securityHeaders } from './middleware/securityHeaders'
import { feedbackRoutes } from './routes/feedback'
import { healthRoutes } from './routes/health'
import { createHealthService } from './services/health'
import { serveSite, type SiteRoot } from './static/serveSite'
import { StaticFileCache } from './static/staticFile'

/** What the public server needs from the outside world; tests pass their own. */
export type AppDeps = {
  config: ApiConfig
  payload: Payload
  /** The folder of the live static build (swapped by the publisher); defaults to config.siteDir. */
  siteRoot?: SiteRoot
}

/** Wires the public server: static site, /api/* routes, security headers and one error handler. */
export function createApp({ config, payload, siteRoot = () => config.siteDir }: AppDeps) {
  const app = new OpenAPIHono()
  const files = new StaticFileCache()

  app.use(securityHeaders(config.publicUrl))
  app.use('/api/*', bodyLimit({ maxSize: config.bodyLimit, onError: () => { throw new ApiError('payload_too_large') } }))
  app.use('/api/*', originCheck(config.publicUrl.origin))

  const health = createHealthService(async () => void (await payload.count({ collection: 'topics' })))
  app.route('/api/health', healthRoutes(health))
  app.route('/api/feedback', feedbackRoutes(feedbackStore(payload)))
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Sportello — API pubblica del Comune di Brindisi', version: '1.0.0' },
  })

  app.use('*', serveSite(siteRoot, files))

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) throw new ApiError('not_found')
    const page = files.get(path.join(siteRoot(), '404.html'))
    c.header('Cache-Control', 'no-store')
    return page ? c.html(page.body.toString('utf8'), 404) : c.text('Pagina non trovata', 404)
  })
  app.onError(handleError)
  return app
}
