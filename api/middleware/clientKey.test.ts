import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'

import { clientKey } from './clientKey'

/** The key a request gets, as if it arrived on a socket from `socket`. */
async function keyOf(trustedProxies: number, forwardedFor: string | undefined, socket = '192.0.2.7') {
  const app = new Hono().get('/', (c) => c.text(clientKey(trustedProxies)(c)))
  const headers: Record<string, string> = forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }
  const res = await app.request('/', { headers }, { incoming: { socket: { remoteAddress: socket } } })
  return res.text()
}

describe('the client address used for rate limits', () => {
  it('behind one proxy is the entry that proxy appended, the rightmost', async () => {
    expect(await keyOf(1, '6.6.6.6, 10.0.0.2')).toBe('10.0.0.2')
    expect(await keyOf(1, '203.0.113.9')).toBe('203.0.113.9')
  })

  it('behind two proxies skips the inner proxy’s entry', async () => {
    expect(await keyOf(2, '6.6.6.6, 203.0.113.9, 10.0.0.2')).toBe('203.0.113.9')
  })

  it('never lets entries a client wrote on the left win, however many', async () => {
    const spoofed = ['1.1.1.1', '6.6.6.6', '8.8.8.8'].map((spoof) => keyOf(1, `${spoof}, 10.0.0.2`))
    expect(await Promise.all(spoofed)).toEqual(['10.0.0.2', '10.0.0.2', '10.0.0.2'])
  })

  it('without trusted proxies is the socket address, whatever the header says', async () => {
    expect(await keyOf(0, '6.6.6.6, 10.0.0.2')).toBe('192.0.2.7')
    expect(await keyOf(0, undefined)).toBe('192.0.2.7')
  })

  it('falls back to the socket address when the entry is garbage, missing or short of proxies', async () => {
    expect(await keyOf(1, '6.6.6.6, <script>')).toBe('192.0.2.7')
    expect(await keyOf(1, '6.6.6.6, 10.0.0.2:5000')).toBe('192.0.2.7')
    expect(await keyOf(1, '')).toBe('192.0.2.7')
    expect(await keyOf(1, undefined)).toBe('192.0.2.7')
    expect(await keyOf(3, '10.0.0.2')).toBe('192.0.2.7')
  })

  it('reads IPv6 entries and gives an IPv4 client one key on a dual-stack socket', async () => {
    expect(await keyOf(1, '6.6.6.6, 2001:db8::1')).toBe('2001:db8::1')
    expect(await keyOf(0, undefined, '::ffff:203.0.113.9')).toBe('203.0.113.9')
  })
})
