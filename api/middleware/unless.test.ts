import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { describe, expect, it } from 'vitest'

import { bodiesOnly, unless } from './unless'

describe('unless', () => {
  const seen: string[] = []
  const app = new Hono()
  const refuse = unless(['/api/health', '/api/health/*', '/api/me/pratiche/:id/allegati'], async (c, next) => {
    seen.push(c.req.path)
    if (c.req.query('rifiuta')) return c.text('rifiutata', 503)
    await next()
  })
  app.use('/api/*', refuse)
  app.get('/api/*', (c) => c.text('ok'))
  app.post('/api/*', (c) => c.text('ok'))

  it('skips the middleware on the paths named, patterns and parameters included, and runs it on every other', async () => {
    seen.length = 0
    for (const path of ['/api/health', '/api/health/pronto', '/api/me/pratiche/12/allegati']) expect(await (await app.request(path)).text()).toBe('ok')
    expect(seen).toEqual([])
    for (const path of ['/api/me', '/api/me/pratiche/12', '/api/healthy']) expect(await (await app.request(path)).text()).toBe('ok')
    expect(seen).toEqual(['/api/me', '/api/me/pratiche/12', '/api/healthy'])
  })

  it("passes on the middleware's own answer and errors", async () => {
    const refused = await app.request('/api/me?rifiuta=1')
    expect([refused.status, await refused.text()]).toEqual([503, 'rifiutata'])
    expect((await app.request('/api/health?rifiuta=1')).status).toBe(200)
    const failing = new Hono()
    failing.use('*', unless(['/libero'], () => { throw new Error('rotto') }))
    failing.get('*', (c) => c.text('ok'))
    failing.onError((error, c) => c.text(error.message, 500))
    expect(await (await failing.request('/altro')).text()).toBe('rotto')
    expect(await (await failing.request('/libero')).text()).toBe('ok')
  })

  it('bodiesOnly: the body limit as the app sets it: a POST over the limit is refused, a GET is let through untouched', async () => {
    const limited = new Hono()
    limited.use('*', unless(['/allegati'], bodiesOnly(bodyLimit({ maxSize: 10, onError: (c) => c.text('troppo grande', 413) }))))
    limited.post('*', async (c) => c.text(await c.req.text()))
    limited.get('*', (c) => c.text('letto'))
    expect((await limited.request('/x', { method: 'POST', body: 'x'.repeat(11) })).status).toBe(413)
    expect(await (await limited.request('/x', { method: 'POST', body: 'x'.repeat(10) })).text()).toBe('x'.repeat(10))
    expect(await (await limited.request('/allegati', { method: 'POST', body: 'x'.repeat(11) })).text()).toBe('x'.repeat(11))
    expect(await (await limited.request('/x')).text()).toBe('letto')
  })

  it('bodiesOnly runs its middleware for the methods that carry a body only', async () => {
    const methods: string[] = []
    const app = new Hono()
    app.use('*', bodiesOnly(async (c, next) => { methods.push(c.req.method); await next() }))
    app.all('*', (c) => c.text('ok'))
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']) expect((await app.request('/x', { method })).status).toBe(200)
    expect(methods).toEqual(['POST', 'PUT', 'PATCH', 'DELETE'])
  })
})
