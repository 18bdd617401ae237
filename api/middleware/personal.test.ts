import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'

import { noStore } from './personal'

describe('noStore', () => {
  const app = new Hono()
  app.use('*', noStore)
  app.get('/profilo', (c) => c.json({ nome: 'Giovanna' }, 200, { 'X-Altro': 'sì' }))
  app.get('/altrove', () => Response.redirect('https://example.it/', 302))

  it('marks the answer private and unstored, body and other headers intact', async () => {
    const res = await app.request('/profilo')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('x-altro')).toBe('sì')
    expect(await res.json()).toEqual({ nome: 'Giovanna' })
  })

  it('marks an answer whose headers cannot change too, by copying it', async () => {
    const res = await app.request('/altrove')
    expect([res.status, res.headers.get('location'), res.headers.get('cache-control')]).toEqual([302, 'https://example.it/', 'private, no-store'])
  })
})
