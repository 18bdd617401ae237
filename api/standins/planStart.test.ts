import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { ConfigError } from '../config'
import { repositorySecrets } from './repositorySecrets'
import { declaredDemoWarning, planStart } from './planStart'

const folders: string[] = []
let dataDir = ''
const useFreshDataDir = () => {
  dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'sportello-simulatori-')), 'dati')
  folders.push(path.dirname(dataDir))
  return dataDir
}
/** The plan of `npm start` with these settings, in the test's data folder. */
const planHere = (env: Record<string, string>) => planStart({ SPORTELLO_DATA_DIR: dataDir, ...env })
const keysOf = (plan: ReturnType<typeof planStart>) => [plan.standIns.identityProvider?.clientSecret, plan.standIns.pagopa?.apiKey, plan.standIns.pagopa?.receiptKey]

afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

describe('the start plan', () => {
  it('runs every stand-in on a loopback address, with keys generated owner-only in the data folder and never a repository key', () => {
    const dir = useFreshDataDir()
    const plan = planHere({ SPORTELLO_PUBLIC_URL: 'http://localhost:3000' })
    expect(plan.standIns).toMatchObject({ identityProvider: { port: 3002 }, mail: { port: 2525 }, pagopa: { port: 3003 } })
    for (const key of keysOf(plan)) {
      expect(key).toMatch(/^[\w-]{43}$/)
      expect(repositorySecrets).not.toContain(key)
    }
    expect(plan.env).toMatchObject({ SPORTELLO_OIDC_CLIENT_SECRET: plan.standIns.identityProvider?.clientSecret, SPORTELLO_PAGOPA_RECEIPT_KEY: plan.standIns.pagopa?.receiptKey })
    expect(plan.config.pagopa?.receiptKey).toBe(plan.standIns.pagopa?.receiptKey)
    for (const file of readdirSync(dir)) expect(statSync(path.join(dir, file)).mode & 0o777).toBe(0o600)
  })

  it('keeps the same stand-in keys at every start of one data folder, and others in another folder', () => {
    useFreshDataDir()
    const first = keysOf(planHere({}))
    expect(keysOf(planHere({}))).toEqual(first)
    useFreshDataDir()
    const elsewhere = keysOf(planHere({}))
    for (const [index, key] of elsewhere.entries()) expect(key).not.toBe(first[index])
  })

  it('runs no stand-in for a service that is really set, and no pagoPA stand-in when SPORTELLO_PAGOPA_STAND_IN=0', () => {
    useFreshDataDir()
    const plan = planHere({ SPORTELLO_SMTP_URL: 'smtp://posta.example:25', SPORTELLO_PAGOPA_STAND_IN: '0' })
    expect(plan.standIns.mail).toBeUndefined()
    expect(plan.standIns.pagopa).toBeUndefined()
    expect(plan.config.pagopa).toBeNull()
    expect(plan.config.smtpUrl).toBe('smtp://posta.example:25')
  })

  it('runs no stand-in on a public address and stops, before generating anything, naming every missing setting', () => {
    const dir = useFreshDataDir()
    expect(() => planHere({ SPORTELLO_PUBLIC_URL: 'https://www.comune.brindisi.it' })).toThrow(ConfigError)
    expect(() => planHere({ SPORTELLO_PUBLIC_URL: 'https://www.comune.brindisi.it' })).toThrow(/SPORTELLO_OIDC_ISSUER[^]*SPORTELLO_SMTP_URL[^]*SPORTELLO_PAGOPA_RECEIPT_KEY/)
    expect(existsSync(dir)).toBe(false)
  })

  it('runs the stand-ins on a public address when SPORTELLO_DEMO=1 declares a demo', () => {
    useFreshDataDir()
    const plan = planHere({ SPORTELLO_PUBLIC_URL: 'https://demo.comune.example', SPORTELLO_DEMO: '1' })
    expect(plan.config.demo).toEqual({ demo: true, reason: 'declared' })
    expect(Object.keys(plan.standIns).sort()).toEqual(['anpr', 'identityProvider', 'io', 'mail', 'pagopa'])
  })

  it('warns loudly, in Italian, that a declared demo has fictional identities and fake payments, naming only what is fake', () => {
    useFreshDataDir()
    const plan = planHere({ SPORTELLO_PUBLIC_URL: 'https://demo.comune.example', SPORTELLO_DEMO: '1' })
    const warning = declaredDemoWarning('https://demo.comune.example', plan.standIns)
    expect(warning).toContain('DIMOSTRAZIONE (SPORTELLO_DEMO=1) su https://demo.comune.example')
    expect(warning).toContain('identità SPID/CIE sono FITTIZIE')
    expect(warning).toContain('pagamenti pagoPA sono FINTI')
    expect(warning).toContain('la posta NON PARTE')
    expect(warning).toContain('app IO NON PARTONO')
    expect(declaredDemoWarning('https://demo.comune.example', { ...plan.standIns, mail: undefined })).not.toContain('posta')
  })
})

describe('the start plan of the notification channels', () => {
  it('in the demo runs the IO stand-in and makes a VAPID key, both generated in the data folder and the same at every start', () => {
    useFreshDataDir()
    const plan = planHere({ SPORTELLO_PUBLIC_URL: 'http://localhost:3000' })
    expect(plan.standIns.io).toEqual({ port: 3005, apiKey: expect.stringMatching(/^[\w-]{43}$/) })
    expect(plan.env).toMatchObject({ SPORTELLO_IO_URL: 'http://localhost:3005/api/v1', SPORTELLO_IO_API_KEY: plan.standIns.io?.apiKey, SPORTELLO_VAPID_PRIVATE_KEY: expect.stringMatching(/^[\w-]{43}$/) })
    expect(repositorySecrets).not.toContain(plan.env.SPORTELLO_VAPID_PRIVATE_KEY)
    expect(planHere({ SPORTELLO_PUBLIC_URL: 'http://localhost:3000' }).env.SPORTELLO_VAPID_PRIVATE_KEY).toBe(plan.env.SPORTELLO_VAPID_PRIVATE_KEY)
  })

  it('runs no IO stand-in when IO is set or SPORTELLO_IO_STAND_IN=0', () => {
    useFreshDataDir()
    expect(planHere({ SPORTELLO_IO_STAND_IN: '0' }).standIns.io).toBeUndefined()
    expect(planHere({ SPORTELLO_IO_URL: 'https://api.io.pagopa.it/api/v1', SPORTELLO_IO_API_KEY: 'k'.repeat(32) }).standIns.io).toBeUndefined()
  })

  it('outside the demo makes no VAPID key (the desk offers no push) and refuses IO over plain http, where only the stand-in lives', () => {
    useFreshDataDir()
    const real = {
      SPORTELLO_PUBLIC_URL: 'https://www.comune.brindisi.it', SPORTELLO_OIDC_ISSUER: 'https://spid.example', SPORTELLO_OIDC_CLIENT_SECRET: 'c'.repeat(40),
      SPORTELLO_SMTP_URL: 'smtp://posta.example:25', SPORTELLO_PAGOPA_GPD_URL: 'https://gpd.example/v1', SPORTELLO_PAGOPA_CHECKOUT_URL: 'https://checkout.example/v1',
      SPORTELLO_PAGOPA_API_KEY: 'a'.repeat(40), SPORTELLO_PAGOPA_RECEIPT_KEY: 'r'.repeat(40),
    }
    const plan = planHere(real)
    expect(plan.standIns.io).toBeUndefined()
    expect(plan.env.SPORTELLO_VAPID_PRIVATE_KEY).toBeUndefined()
    expect(() => planHere({ ...real, SPORTELLO_IO_URL: 'http://localhost:3005/api/v1', SPORTELLO_IO_API_KEY: 'k'.repeat(32) })).toThrow(/SPORTELLO_IO_URL deve usare https/)
    expect(() => planHere({ ...real, SPORTELLO_IO_URL: 'https://api.io.pagopa.it/api/v1' })).toThrow(/insieme SPORTELLO_IO_URL e SPORTELLO_IO_API_KEY/)
    expect(() => planHere({ ...real, SPORTELLO_VAPID_PRIVATE_KEY: Buffer.alloc(32).toString('base64url') })).toThrow(/chiave privata P-256/)
    // A key written in the repository is known to anyone.
    expect(() => planHere({ ...real, SPORTELLO_IO_URL: 'https://api.io.pagopa.it/api/v1', SPORTELLO_IO_API_KEY: repositorySecrets[0]! })).toThrow(/SPORTELLO_IO_API_KEY/)
  })
})
