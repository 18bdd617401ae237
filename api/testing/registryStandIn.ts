// The registry for tests: the ANPR stand-in on a free port, with a PDND client key made for this run,
// and the production adapter (cms/registry/anprClient.ts) talking to it over HTTP — never an in-memory fake.
import { generateKeyPairSync, createPublicKey } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createAnprRegistry, type AnprRegistryOptions, type AnprSettings } from '../../cms/registry/anprClient'
import type { Registry } from '../../cms/registry/registry'
import type { AnprStandInOptions } from '../standins/anpr/app'
import { demoPdndClient } from '../standins/anpr/demoClient'
import { startAnprStandIn, type RunningAnprStandIn } from '../standins/anpr/server'

export type RegistryForTests = {
  /** The adapter, wired to the stand-in. */
  registry: Registry
  /** The stand-in's base URL. */
  url: string
  /** The running stand-in (its counters: vouchers issued, consultations answered, requests refused). */
  standIn: RunningAnprStandIn
  /** The adapter's settings (tests build variants: another key, another audience…). */
  settings: AnprSettings
  /** Settings that point a portal at the stand-in (e.g. startPortalWithLogin(t, env)); the key file lives until close(). */
  env: Record<string, string>
  close: () => Promise<void>
}

/**
 * Starts the stand-in on a free port with a key made for this run and returns the adapter talking to
 * it. `standIn` passes options to the stand-in (its clock, voucher lifetime, residents), `adapter` to the adapter.
 */
export async function startRegistryForTests(
  { standIn: standInOptions = {}, adapter = {} }: { standIn?: Partial<AnprStandInOptions>; adapter?: AnprRegistryOptions & { timeoutMs?: number } } = {},
): Promise<RegistryForTests> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const { clientId, kid, purposeId, pdndAudience, eserviceAudience } = demoPdndClient
  const standIn = await startAnprStandIn({
    port: 0, pdndAudience, eserviceAudience, client: { clientId, kid, purposeId, publicKey: createPublicKey(privateKey) }, ...standInOptions,
  })
  const settings: AnprSettings = {
    eserviceUrl: standIn.eserviceUrl, eserviceAudience, useCase: 'C021', tokenUrl: standIn.tokenUrl, pdndAudience,
    clientId, kid, purposeId, privateKey, comune: { istatCode: '074001', name: 'Comune di Brindisi' }, userLocation: 'localhost',
    timeoutMs: adapter.timeoutMs ?? 2_000,
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'sportello-anpr-'))
  const keyFile = path.join(folder, 'pdnd-client-key.pem')
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
  const env = {
    SPORTELLO_ANPR_URL: standIn.eserviceUrl, SPORTELLO_ANPR_AUDIENCE: eserviceAudience, SPORTELLO_PDND_TOKEN_URL: standIn.tokenUrl,
    SPORTELLO_PDND_AUDIENCE: pdndAudience, SPORTELLO_PDND_CLIENT_ID: clientId, SPORTELLO_PDND_KID: kid, SPORTELLO_PDND_PURPOSE_ID: purposeId,
    SPORTELLO_PDND_KEY_FILE: keyFile,
  }
  return {
    registry: createAnprRegistry(settings, adapter), url: standIn.url, standIn, settings, env,
    close: async () => {
      await standIn.close()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
