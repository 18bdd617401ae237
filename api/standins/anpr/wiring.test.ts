// How `npm start` and the configuration treat the registry: the ANPR stand-in only in the demo, with a key
// made per data folder; outside the demo no stand-in, no demo key, and without ANPR settings no registry.
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { createAnprRegistry } from '../../../cms/registry/anprClient'
import { ConfigError, loadConfig } from '../../config'
import { freePort } from '../../testing/freePort'
import { freshKey, realServices } from '../../testing/realDeployment'
import { startRegistryForTests } from '../../testing/registryStandIn'
import { declaredDemoWarning, planStart } from '../planStart'
import { startStandIns } from '../startStandIns'
import { demoPdndKeyName } from './demoClient'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'sportello-anpr-avvio-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
let n = 0
const freshDataDir = () => path.join(scratch, `dati-${++n}`)

/** A real deployment: every real service set, keys nobody else knows. */
const production = () => ({ SPORTELLO_PUBLIC_URL: 'https://www.comune.brindisi.it', ...realServices() })
/** ANPR through PDND as a deployment sets it, with its key in `keyFile`. */
const anprSettings = (keyFile: string) => ({
  SPORTELLO_ANPR_URL: 'https://modipa.anpr.interno.it/govway/rest/in/MinInternoPortaANPR-PDND/C021-servizioAccertamentoStatoFamiglia/v1',
  SPORTELLO_PDND_TOKEN_URL: 'https://auth.interop.pagopa.it/token.oauth2', SPORTELLO_PDND_CLIENT_ID: 'c1a2b3', SPORTELLO_PDND_KID: 'k1', SPORTELLO_PDND_PURPOSE_ID: 'p1',
  SPORTELLO_PDND_KEY_FILE: keyFile,
})
const writeKey = (file: string) => {
  writeFileSync(file, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
  return file
}

describe('the registry in the start plan and the configuration', () => {
  it('plans the ANPR stand-in in the demo, with an owner-only RSA key generated in the data folder and kept across starts', () => {
    const dataDir = freshDataDir()
    const plan = planStart({ SPORTELLO_DATA_DIR: dataDir, SPORTELLO_PUBLIC_URL: 'http://localhost:3000' })
    expect(plan.standIns.anpr).toEqual({ port: 3004, keyFile: path.join(dataDir, demoPdndKeyName) })
    expect(statSync(plan.standIns.anpr!.keyFile).mode & 0o777).toBe(0o600)
    expect(readFileSync(plan.standIns.anpr!.keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/)
    expect(plan.config.anpr).toMatchObject({ eserviceUrl: 'http://localhost:3004/anpr/C021-servizioAccertamentoStatoFamiglia/v1', tokenUrl: 'http://localhost:3004/pdnd/token.oauth2', useCase: 'C021' })
    expect(plan.config.anpr?.privateKey.asymmetricKeyType).toBe('rsa')
    const again = planStart({ SPORTELLO_DATA_DIR: dataDir, SPORTELLO_PUBLIC_URL: 'http://localhost:3000' })
    expect(again.config.anpr?.privateKey.export({ type: 'pkcs8', format: 'pem' })).toBe(readFileSync(plan.standIns.anpr!.keyFile, 'utf8'))
  })

  it('plans no stand-in when SPORTELLO_ANPR_STAND_IN=0 (no registry), or when ANPR is really set', () => {
    const off = planStart({ SPORTELLO_DATA_DIR: freshDataDir(), SPORTELLO_ANPR_STAND_IN: '0' })
    expect(off.standIns.anpr).toBeUndefined()
    expect(off.config.anpr).toBeNull()
    const real = planStart({ SPORTELLO_DATA_DIR: freshDataDir(), ...anprSettings(writeKey(path.join(scratch, 'chiave-reale.pem'))) })
    expect(real.standIns.anpr).toBeUndefined()
    expect(real.config.anpr?.eserviceUrl).toContain('modipa.anpr.interno.it')
  })

  it('never plans the stand-in outside the demo: without ANPR settings the registry is null (certificates answer 503)', () => {
    const plan = planStart({ SPORTELLO_DATA_DIR: freshDataDir(), ...production() })
    expect(plan.config.demo.demo).toBe(false)
    expect(plan.standIns.anpr).toBeUndefined()
    expect(plan.config.anpr).toBeNull()
    expect(planStart({ SPORTELLO_DATA_DIR: freshDataDir(), ...production(), SPORTELLO_ANPR_STAND_IN: '1' }).standIns.anpr).toBeUndefined()
  })

  it('says, in a declared demo’s warning, that the registry is fictional', () => {
    const plan = planStart({ SPORTELLO_DATA_DIR: freshDataDir(), SPORTELLO_PUBLIC_URL: 'https://demo.comune.example', SPORTELLO_DEMO: '1' })
    expect(plan.warning).toContain('l’anagrafe (ANPR) è FITTIZIA')
    expect(declaredDemoWarning('https://demo.comune.example', { ...plan.standIns, anpr: undefined })).not.toContain('anagrafe')
  })

  it('refuses, outside the demo, the demo’s key file, half the ANPR settings, and a key file that holds no private key', () => {
    const demoKey = planStart({ SPORTELLO_DATA_DIR: freshDataDir() }).standIns.anpr!.keyFile
    expect(() => loadConfig({ ...production(), ...anprSettings(demoKey) })).toThrow(ConfigError)
    expect(() => loadConfig({ ...production(), ...anprSettings(demoKey) })).toThrow(/chiave della dimostrazione/)
    expect(() => loadConfig({ ...production(), SPORTELLO_ANPR_URL: 'https://anpr.example.it' })).toThrow(/ANPR: imposta insieme[^]*mancano: SPORTELLO_PDND_TOKEN_URL/)
    const notAKey = path.join(scratch, 'non-una-chiave.pem')
    writeFileSync(notAKey, 'nulla')
    expect(() => loadConfig({ ...production(), ...anprSettings(notAKey) })).toThrow(/SPORTELLO_PDND_KEY_FILE: impossibile leggere/)
    expect(loadConfig({ ...production(), ...anprSettings(writeKey(path.join(scratch, 'chiave-vera.pem'))) }).anpr?.clientId).toBe('c1a2b3')
  })

  it('gives tests settings that point a portal’s configuration at their stand-in', async () => {
    const r = await startRegistryForTests()
    try {
      const config = loadConfig({ SPORTELLO_DEMO: '1', SPORTELLO_PUBLIC_URL: 'http://localhost:3000', ...r.env })
      const family = await createAnprRegistry(config.anpr!).familyOf('VLNMRC79H03B180T', 'prova')
      expect(family.members.map((m) => m.givenName)).toEqual(['Marco', 'Laura', 'Davide'])
    } finally {
      await r.close()
    }
  })

  it('starts the stand-in with npm start’s plan, lists its address, and the configured adapter gets Giovanna’s family through it', async () => {
    const port = await freePort()
    const plan = planStart({
      SPORTELLO_DATA_DIR: freshDataDir(), SPORTELLO_OIDC_ISSUER: 'http://localhost:1', SPORTELLO_OIDC_CLIENT_SECRET: freshKey(), SPORTELLO_SMTP_URL: 'smtp://127.0.0.1:1',
      SPORTELLO_PAGOPA_STAND_IN: '0', SPORTELLO_IO_STAND_IN: '0', SPORTELLO_ANPR_STAND_IN_PORT: String(port),
    })
    expect(Object.keys(plan.standIns)).toEqual(['anpr'])
    const running = await startStandIns(plan)
    try {
      expect(running.addresses).toEqual([`ANPR di PROVA (simulatore, dati fittizi): http://localhost:${port} (residenti: content/registry.json)`])
      const family = await createAnprRegistry(plan.config.anpr!).familyOf('CPTGNN85C54B180W', 'prova')
      expect(family.members.map((m) => m.givenName)).toEqual(['Giovanna', 'Paolo', 'Sofia'])
    } finally {
      await running.close()
    }
  })
})
