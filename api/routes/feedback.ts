import { createRoute, z } from '@hono/zod-openapi'

import { feedbackReasonValues } from '../../cms/constants/feedbackReasons'
import type { FeedbackStore } from '../data/feedback'
import type { RateLimit } from '../middleware/rateLimit'
import { errorResponse, newRouter } from '../openapi'
import { recordPageFeedback } from '../services/feedback'

const feedbackForm = z.object({
  path: z.string().regex(/^\/[\w\-/.%]*$/, 'Pagina non valida.').max(300),
  rating: z.coerce.number({ error: 'Scegli un voto da 1 a 5 stelle.' }).int().min(1, 'Scegli un voto da 1 a 5 stelle.').max(5, 'Scegli un voto da 1 a 5 stelle.'),
  reason: z.enum(feedbackReasonValues as [string, ...string[]], { error: 'Motivo non valido.' }).optional().or(z.literal('').transform(() => undefined)),
  comment: z.string().max(200, 'Il commento può avere al massimo 200 caratteri.').optional(),
}).openapi('PageFeedback')

/** Ratings one client address may send in 10 minutes. */
const feedbackPerWindow = 30

const route = createRoute({
  method: 'post',
  path: '/',
  tags: ['Valutazione delle pagine'],
  summary: 'Registra la valutazione di chiarezza di una pagina',
  request: { body: { required: true, content: { 'application/x-www-form-urlencoded': { schema: feedbackForm } } } },
  responses: {
    303: { description: 'Valutazione registrata: reindirizza alla pagina di ringraziamento' },
    422: errorResponse('Dati non validi'),
    429: errorResponse(`Più di ${feedbackPerWindow} valutazioni in 10 minuti dallo stesso indirizzo (Retry-After)`),
  },
})

/** POST /api/feedback: the page-clarity form posts here without JavaScript. */
export function feedbackRoutes(store: FeedbackStore, limits: RateLimit) {
  const router = newRouter()
  router.use('/', limits('valutazioni', feedbackPerWindow, 10 * 60_000))
  return router.openapi(route, async (c) => {
    const form = c.req.valid('form')
    await recordPageFeedback(store, form)
    return c.redirect(`/grazie-per-il-feedback/?pagina=${encodeURIComponent(form.path)}`, 303)
  })
}
