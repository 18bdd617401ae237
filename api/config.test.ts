import { describe, expect, it } from 'vitest'

import { ConfigError, loadConfig } from './config'
import { repositorySecrets } from './standins/repositorySecrets'
import { freshKey, realServices } from './testing/realDeployment'

const production = 'https://www.comune.brindisi.it'
const fresh = freshKey
/** The settings `npm start` gives the portal when its stand-ins run, with the old repository keys. */
const standIns = {
  SPORTELLO_OIDC_ISSUER: 'http://localhost:3002', SPORTELLO_OIDC_CLIENT_SECRET: 'sportello-dev-secret-SOLO-PER-PROVE', SPORTELLO_SMTP_URL: 'smtp://127.0.0.1:2525',
  SPORTELLO_PAGOPA_GPD_URL: 'http://localhost:3003/gpd/debt-positions-service/v1', SPORTELLO_PAGOPA_CHECKOUT_URL: 'http://localhost:3003/checkout/ec/v1',
  SPORTELLO_PAGOPA_API_KEY: 'sportello-dev-gpd-SOLO-PER-PROVE', SPORTELLO_PAGOPA_RECEIPT_KEY: 'sportello-dev-ricevute-SOLO-PER-PROVE',
}
const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).message
  }
  throw new Error('the configuration was accepted')
}
const secretSettings = ['SPORTELLO_OIDC_CLIENT_SECRET', 'SPORTELLO_PAGOPA_API_KEY', 'SPORTELLO_PAGOPA_RECEIPT_KEY', 'PAYLOAD_SECRET', 'SPORTELLO_PREVIEW_SECRET', 'SPORTELLO_ADMIN_PASSWORD']

describe('configuration outside the demo', () => {
  it('refuses a public address without the real services, naming every missing setting in one Italian message', () => {
    const message = refusal({ SPORTELLO_PUBLIC_URL: production })
    expect(message).toMatch(/^Sportello non parte: questa non è una dimostrazione/)
    for (const name of Object.keys(realServices())) expect(message).toContain(`  ${name}: `)
    expect(message).toContain('SPORTELLO_DEMO=1')
  })

  it('names only what is missing when some real services are set', () => {
    const { SPORTELLO_SMTP_URL, SPORTELLO_PAGOPA_RECEIPT_KEY, ...rest } = realServices()
    const message = refusal({ SPORTELLO_PUBLIC_URL: production, ...rest })
    expect(message).toContain('  SPORTELLO_SMTP_URL: ')
    expect(message).toContain('  SPORTELLO_PAGOPA_RECEIPT_KEY: ')
    expect(message).not.toContain('SPORTELLO_OIDC_ISSUER')
  })

  it('refuses every repository key in every secret setting, naming the setting', () => {
    for (const name of secretSettings) {
      for (const known of repositorySecrets) {
        const message = refusal({ SPORTELLO_PUBLIC_URL: production, ...realServices(), [name]: ` ${known} ` })
        expect(message).toContain('scritti nel repository')
        expect(message).toContain(`\n  ${name}\n`)
      }
    }
  })

  it('refuses repository keys on localhost too when SPORTELLO_DEMO=0 turns the demo off', () => {
    expect(refusal({ SPORTELLO_DEMO: '0', ...standIns })).toContain('(SPORTELLO_DEMO=0)')
  })

  it('accepts a deployment whose real services are all set with keys of its own', () => {
    const config = loadConfig({ SPORTELLO_PUBLIC_URL: production, ...realServices(), SPORTELLO_PAGOPA_RECEIPT_SENDERS: '10.0.0.0/8, 2001:db8::1' })
    expect(config.demo).toEqual({ demo: false })
    expect(config.oidc?.issuer.href).toBe('https://spid-gateway.example.it/')
    expect(config.smtpUrl).toBe('smtps://posta.comune.brindisi.it:465')
    expect(config.pagopa?.receiptSenders).toEqual(['10.0.0.0/8', '2001:db8::1'])
  })

  it('refuses receipt senders that are not IP addresses or CIDR ranges', () => {
    for (const bad of ['pagopa.it', '10.0.0.0/33', '10.0.0.1/8/2', '::1/129'])
      expect(refusal({ SPORTELLO_PUBLIC_URL: production, ...realServices(), SPORTELLO_PAGOPA_RECEIPT_SENDERS: `192.168.1.1,${bad}` })).toContain('SPORTELLO_PAGOPA_RECEIPT_SENDERS')
  })
})

describe('configuration in the demo', () => {
  it('accepts the stand-ins and their repository keys on every loopback address', () => {
    for (const url of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://127.8.9.10', 'http://[::1]:3000']) {
      const config = loadConfig({ SPORTELLO_PUBLIC_URL: url, ...standIns })
      expect(config.demo).toEqual({ demo: true, reason: 'loopback' })
      expect(config.pagopa?.receiptKey).toBe('sportello-dev-ricevute-SOLO-PER-PROVE')
    }
  })

  it('runs with no real service at all on the default address', () => {
    const config = loadConfig({})
    expect(config.demo.demo).toBe(true)
    expect(config.smtpUrl).toBe('smtp://127.0.0.1:2525')
  })

  it('accepts the stand-ins on a public address only when SPORTELLO_DEMO=1 says so', () => {
    expect(refusal({ SPORTELLO_PUBLIC_URL: production, ...standIns })).toContain('scritti nel repository')
    const config = loadConfig({ SPORTELLO_PUBLIC_URL: production, SPORTELLO_DEMO: '1', ...standIns })
    expect(config.demo).toEqual({ demo: true, reason: 'declared' })
    expect(config.secureCookies).toBe(true)
    expect(refusal({ SPORTELLO_PUBLIC_URL: production, SPORTELLO_DEMO: 'si', ...standIns })).toContain('SPORTELLO_DEMO')
  })

  it('does not mistake an address that merely starts like a loopback one for loopback', () => {
    for (const url of ['https://localhost.example.com', 'https://127.0.0.1.nip.io', 'https://[::2]']) {
      expect(refusal({ SPORTELLO_PUBLIC_URL: url })).toContain('non è una dimostrazione')
    }
  })
})

describe('the Unix socket of a process behind a proxy (SPORTELLO_SOCKET)', () => {
  it('is where the server listens, with the proxy trusted for the client address', () => {
    const config = loadConfig({ SPORTELLO_SOCKET: '/run/sportello/pubblico-1.sock', SPORTELLO_TRUSTED_PROXIES: '1' })
    expect(config.socketPath).toBe('/run/sportello/pubblico-1.sock')
    expect(loadConfig({}).socketPath).toBeNull()
  })

  it('is refused without a trusted proxy: every citizen would count as one address in the limits', () => {
    expect(refusal({ SPORTELLO_SOCKET: '/run/sportello/pubblico-1.sock' })).toContain('SPORTELLO_TRUSTED_PROXIES')
  })

  it('is refused when relative or longer than a socket path may be, in Italian', () => {
    expect(refusal({ SPORTELLO_SOCKET: 'pubblico.sock', SPORTELLO_TRUSTED_PROXIES: '1' })).toContain('percorso assoluto')
    expect(refusal({ SPORTELLO_SOCKET: `/${'x'.repeat(120)}.sock`, SPORTELLO_TRUSTED_PROXIES: '1' })).toContain('107 byte')
  })
})
