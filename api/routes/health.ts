import { createRoute, z } from '@hono/zod-openapi'

import type { LoadMonitor } from '../middleware/overload'
import { newRouter } from '../openapi'
import type { HealthService } from '../services/health'

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['ok', 'unreachable']),
  uptimeSeconds: z.number(),
}).openapi('Health')

const livenessSchema = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() }).openapi('Liveness')

const readinessSchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['ok', 'unreachable']),
  draining: z.boolean(),
  saturated: z.boolean(),
  inFlight: z.number(),
  eventLoopDelayMs: z.number(),
}).openapi('Readiness')

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

const liveRoute = createRoute({
  method: 'get',
  path: '/live',
  tags: ['Sistema'],
  summary: 'Il processo è vivo (liveness): nessuna dipendenza controllata',
  responses: {
    200: { description: 'Il processo risponde', content: { 'application/json': { schema: livenessSchema } } },
  },
})

const readyRoute = createRoute({
  method: 'get',
  path: '/ready',
  tags: ['Sistema'],
  summary: 'Il processo accetta richieste (readiness): database raggiungibile, non in chiusura, non sovraccarico',
  responses: {
    200: { description: 'Pronto a ricevere richieste', content: { 'application/json': { schema: readinessSchema } } },
    503: { description: 'Database irraggiungibile, processo in chiusura o sovraccarico: mandare le richieste altrove', content: { 'application/json': { schema: readinessSchema } } },
  },
})

/**
 * GET /api/health (server and database), /api/health/live (the process answers) and
 * /api/health/ready (it should get traffic), for load balancers and monitoring. Never shed by the
 * overload guard, never cached.
 */
export function healthRoutes(health: HealthService, load: LoadMonitor) {
  return newRouter()
    .openapi(route, async (c) => {
      const report = await health.current()
      c.header('Cache-Control', 'no-store')
      return c.json(report, report.status === 'ok' ? 200 : 503)
    })
    .openapi(liveRoute, (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) }, 200)
    })
    .openapi(readyRoute, async (c) => {
      const { database } = await health.current()
      const { draining, saturated, inFlight, eventLoopDelayMs } = load.state()
      const ready = database === 'ok' && !draining && !saturated
      c.header('Cache-Control', 'no-store')
      return c.json({ status: ready ? 'ready' as const : 'unavailable' as const, database, draining, saturated, inFlight, eventLoopDelayMs }, ready ? 200 : 503)
    })
}
