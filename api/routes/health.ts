import { createRoute, z } from '@hono/zod-openapi'

import { newRouter } from '../openapi'
import type { HealthService } from '../services/health'

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['ok', 'unreachable']),
  uptimeSeconds: z.number(),
}).openapi('Health')

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Sistema'],
  summary: 'Stato del server pubblico',
  responses: {
    200: { description: 'Il server e il database funzionano', content: { 'application/json': { schema: healthSchema } } },
    503: { description: 'Il database non risponde', content: { 'application/json': { schema: healthSchema } } },
  },
})

/** GET /api/health: for load balancers and monitoring. */
export function healthRoutes(health: HealthService) {
  return newRouter().openapi(route, async (c) => {
    const report = await health.current()
    c.header('Cache-Control', 'no-store')
    return c.json(report, report.status === 'ok' ? 200 : 503)
  })
}
