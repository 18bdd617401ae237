// A local stand-in of the IO Services API (pagopa/io-functions-services, basePath /api/v1) for the demo
// and the tests: the endpoints the portal calls, checked as the published specification checks them
// (fiscal code, subject 10–120 and Markdown 80–10000 characters, pagoPA notice number), with the API's
// answers: 401 without the service's key, 404 for a citizen without IO, 403 for a message to a citizen
// who turned the service off, 429 with Retry-After past the rate limit. Not the real IO: nothing reaches
// a phone; the page /messaggi shows what each citizen's app would have received.
import { timingSafeEqual } from 'node:crypto'

import { Hono, type Context } from 'hono'
import type { z } from 'zod'

import { ioNewMessage, ioProfileQuery } from '../../../cms/notifications/io/newMessage'
import { ioInboxPageHtml } from './page'
import { IoStandInRegistry } from './registry'

/** The stand-in's key and limits. */
export type IoStandInOptions = {
  /** The key of the Comune's service (Ocp-Apim-Subscription-Key). */
  apiKey: string
  registry?: IoStandInRegistry
  /** IO's documented limit is 150 requests every 5 seconds per key; tests lower it. */
  rateLimit?: { requests: number; windowMs: number }
  now?: () => number
  /** Tests and the bench: the requests (numbered 1, 2, …) IO answers 503 to, as when it is down. */
  unavailable?: (requestNumber: number) => boolean
}

/** The base path of the API, as on api.io.pagopa.it. */
export const ioStandInBasePath = '/api/v1'

const problem = (c: Context, status: 400 | 401 | 403 | 404 | 429, title: string, detail: string) =>
  c.json({ type: 'about:blank', title, status, detail }, status, { 'content-type': 'application/problem+json' })

const issuesToDetail = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ')

/** The stand-in as a Hono app (mount on its own port with startIoStandIn). */
export function createIoStandIn(options: IoStandInOptions) {
  const registry = options.registry ?? IoStandInRegistry.forTestIdentities()
  const { requests, windowMs } = options.rateLimit ?? { requests: 150, windowMs: 5_000 }
  const now = options.now ?? Date.now
  let window = { start: now(), count: 0 }
  let requestNumber = 0
  const app = new Hono()

  app.use(`${ioStandInBasePath}/*`, async (c, next) => {
    const given = Buffer.from(c.req.header('ocp-apim-subscription-key') ?? ''), key = Buffer.from(options.apiKey)
    if (given.length !== key.length || !timingSafeEqual(given, key)) return problem(c, 401, 'Unauthorized', 'Access denied due to missing or invalid subscription key.')
    if (options.unavailable?.(++requestNumber)) return c.json({ title: 'Service Unavailable', status: 503 }, 503)
    if (now() - window.start >= windowMs) window = { start: now(), count: 0 }
    if (++window.count > requests) {
      c.header('retry-after', String(Math.max(1, Math.ceil((window.start + windowMs - now()) / 1000))))
      return problem(c, 429, 'Too many requests', `Rate limit of ${requests} requests every ${windowMs / 1000} seconds exceeded.`)
    }
    await next()
  })

  // getProfileByPOST
  app.post(`${ioStandInBasePath}/profiles`, async (c) => {
    const parsed = ioProfileQuery.safeParse(await c.req.json().catch(() => null))
    if (!parsed.success) return problem(c, 400, 'Invalid GetLimitedProfileByPOSTPayload', issuesToDetail(parsed.error))
    const profile = registry.profiles.get(parsed.data.fiscal_code)
    if (!profile) return problem(c, 404, 'Profile not found', 'The profile you requested was not found in the system.')
    return c.json({ sender_allowed: profile.senderAllowed, preferred_languages: ['it_IT'] }, 200)
  })

  // submitMessageforUserWithFiscalCodeInBody
  app.post(`${ioStandInBasePath}/messages`, async (c) => {
    const parsed = ioNewMessage.safeParse(await c.req.json().catch(() => null))
    if (!parsed.success) return problem(c, 400, 'Invalid NewMessage', issuesToDetail(parsed.error))
    const profile = registry.profiles.get(parsed.data.fiscal_code)
    if (!profile) return problem(c, 404, 'Profile not found', 'The recipient has no IO profile.')
    if (!profile.senderAllowed) return problem(c, 403, 'Recipient forbidden', 'The recipient does not allow messages from this service.')
    const message = registry.addMessage(parsed.data, new Date(now()))
    return c.json({ id: message.id }, 201, { location: `${ioStandInBasePath}/messages/${message.fiscal_code}/${message.id}` })
  })

  // getMessage
  app.get(`${ioStandInBasePath}/messages/:fiscalCode/:id`, (c) => {
    const message = registry.messages.find((m) => m.id === c.req.param('id') && m.fiscal_code === c.req.param('fiscalCode'))
    if (!message) return problem(c, 404, 'Message not found', 'No message found for the provided ID.')
    return c.json({ message: { id: message.id, fiscal_code: message.fiscal_code, content: message.content }, status: 'PROCESSED' }, 200)
  })

  // Not part of IO: what each citizen's app received, for whoever tries the demo.
  app.get('/messaggi', (c) => c.html(ioInboxPageHtml(registry, c.req.query('cf'))))
  app.get('/', (c) => c.redirect('/messaggi', 302))
  return { app, registry }
}
