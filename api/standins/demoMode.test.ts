import { describe, expect, it } from 'vitest'

import { demoMode, isLoopbackHost } from './demoMode'

describe('demo mode', () => {
  it('is on for loopback public addresses and for no public address at all', () => {
    for (const url of ['http://localhost:3000', 'http://127.0.0.1', 'http://127.255.0.1:8080', 'http://[::1]:3000', 'http://[0:0:0:0:0:0:0:1]/']) {
      expect(demoMode({ SPORTELLO_PUBLIC_URL: url })).toEqual({ demo: true, reason: 'loopback' })
    }
    expect(demoMode({})).toEqual({ demo: true, reason: 'loopback' })
  })

  it('is off for any other address unless SPORTELLO_DEMO=1 declares it', () => {
    for (const url of ['https://www.comune.brindisi.it', 'https://localhost.evil.example', 'https://10.0.0.1', 'https://[::2]', 'non un indirizzo']) {
      expect(demoMode({ SPORTELLO_PUBLIC_URL: url })).toEqual({ demo: false })
      expect(demoMode({ SPORTELLO_PUBLIC_URL: url, SPORTELLO_DEMO: 'true' })).toEqual({ demo: false })
      expect(demoMode({ SPORTELLO_PUBLIC_URL: url, SPORTELLO_DEMO: '1' })).toEqual({ demo: true, reason: 'declared' })
    }
  })

  it('is off even on loopback when SPORTELLO_DEMO=0 says so', () => {
    expect(demoMode({ SPORTELLO_PUBLIC_URL: 'http://localhost:3000', SPORTELLO_DEMO: '0' })).toEqual({ demo: false })
  })

  it('recognises 127.0.0.0/8 and ::1 as WHATWG URL writes them, and nothing else', () => {
    expect(isLoopbackHost(new URL('http://127.1/').hostname)).toBe(true)
    expect(isLoopbackHost('127.0.0.1.nip.io')).toBe(false)
    expect(isLoopbackHost('128.0.0.1')).toBe(false)
  })
})
