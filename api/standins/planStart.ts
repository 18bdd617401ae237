// What `npm start` runs, with which settings and keys: decided, and checked, before anything touches the database.
import path from 'node:path'

import { deploymentSecret } from '../../cms/env'
import { siteFolders } from '../../cms/publishing/siteFolders'
import { sharedToCmsSettings } from '../../cms/settings/cmsSettings'
import type { Env } from '../../cms/settings/parseSettings'
import { checkSettings, loadConfig, type ApiConfig, type Settings } from '../config'
import { anprStandInPaths } from './anpr/app'
import { ioStandInBasePath } from './io/app'
import { demoPdndClient, demoPdndKeyFile } from './anpr/demoClient'
import { demoMode } from './demoMode'

/** The stand-ins of the demo, each with its port and the keys it shares with the portal. */
export type StandIns = {
  identityProvider?: { port: number; clientSecret: string }
  /** The local mail server keeps every message as an .eml file in `folder`. */
  mail?: { port: number; folder: string }
  pagopa?: { port: number; apiKey: string; receiptKey: string }
  /** The ANPR stand-in (PDND and the e-service); the portal signs with the private key in `keyFile`. */
  anpr?: { port: number; keyFile: string }
  /** The IO stand-in (IO Services API), with the key of the Comune's service. */
  io?: { port: number; apiKey: string }
}

/**
 * What `npm start` runs: the settings every process gets, the stand-ins, the checked configuration,
 * and the warning to show when a demo is declared on an address others can reach.
 */
export type StartPlan = { env: Env & StartSettings; standIns: StandIns; config: ApiConfig; warning: string | null }

/** The settings `npm start` fills in for every process. */
type StartSettings = ReturnType<typeof startSettings>

/**
 * The keys between the portal and its stand-ins: generated once per data folder, never written in
 * the repository (scripts/test-idp.ts reads the same client secret as `npm start`).
 */
export const demoKeys = {
  oidcClientSecret: (dataDir: string) => deploymentSecret(dataDir, 'demo-oidc-client-secret'),
  pagopaApiKey: (dataDir: string) => deploymentSecret(dataDir, 'demo-pagopa-api-key'),
  pagopaReceiptKey: (dataDir: string) => deploymentSecret(dataDir, 'demo-pagopa-receipt-key'),
  pdndKeyFile: (dataDir: string) => demoPdndKeyFile(dataDir),
  ioApiKey: (dataDir: string) => deploymentSecret(dataDir, 'demo-io-api-key'),
  /** 32 random bytes: a P-256 private key (web push's VAPID), its public key derived (cms/notifications/push/vapid.ts). */
  vapidPrivateKey: (dataDir: string) => deploymentSecret(dataDir, 'demo-vapid-private-key'),
}

/**
 * Plans `npm start` from its environment: in the demo a stand-in takes the place of each real
 * service that is not set; outside it none runs, and the configuration every process will get is
 * checked here, so a real deployment with a missing setting or a repository key stops (ConfigError)
 * before the database.
 */
export function planStart(env: Env = process.env): StartPlan {
  const checked = checkSettings(env)
  const settings = { ...env, ...startSettings(checked) }
  const demo = demoMode(settings).demo
  const standIns = demo ? demoStandIns(checked) : {}
  const all = { ...settings, ...standInSettings(standIns), ...(demo ? demoPushSettings(checked) : {}) }
  const config = loadConfig(all)
  const declared = config.demo.demo && config.demo.reason === 'declared'
  return { env: all, standIns, config, warning: declared ? declaredDemoWarning(settings.SPORTELLO_PUBLIC_URL, standIns) : null }
}

/** What `npm start` gives every process it runs: one data folder, one site folder, addresses that follow the ports. */
function startSettings(e: Settings) {
  const { dataDir, siteOut } = sharedToCmsSettings(e)
  return {
    PORT: String(e.PORT),
    SPORTELLO_PUBLIC_URL: e.SPORTELLO_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    SPORTELLO_ADMIN_URL: e.SPORTELLO_ADMIN_URL ?? `http://localhost:${e.ADMIN_PORT}`,
    SPORTELLO_DATA_DIR: dataDir,
    SPORTELLO_SITE_OUT: siteOut,
    SPORTELLO_SITE_DIR: siteFolders(siteOut).liveClientDir,
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

function demoStandIns(e: Settings): StandIns {
  const { dataDir } = sharedToCmsSettings(e)
  return {
    ...(e.SPORTELLO_OIDC_ISSUER ? {} : { identityProvider: { port: e.SPORTELLO_TEST_IDP_PORT, clientSecret: demoKeys.oidcClientSecret(dataDir) } }),
    ...(e.SPORTELLO_SMTP_URL ? {} : { mail: { port: e.SPORTELLO_DEV_SMTP_PORT, folder: path.join(dataDir, 'posta-in-uscita') } }),
    ...(e.SPORTELLO_PAGOPA_GPD_URL || e.SPORTELLO_PAGOPA_STAND_IN === '0'
      ? {}
      : { pagopa: { port: e.SPORTELLO_PAGOPA_STAND_IN_PORT, apiKey: demoKeys.pagopaApiKey(dataDir), receiptKey: demoKeys.pagopaReceiptKey(dataDir) } }),
    ...(e.SPORTELLO_IO_URL || e.SPORTELLO_IO_STAND_IN === '0' ? {} : { io: { port: e.SPORTELLO_IO_STAND_IN_PORT, apiKey: demoKeys.ioApiKey(dataDir) } }),
    ...(e.SPORTELLO_ANPR_URL || e.SPORTELLO_ANPR_STAND_IN === '0' ? {} : { anpr: { port: e.SPORTELLO_ANPR_STAND_IN_PORT, keyFile: demoKeys.pdndKeyFile(dataDir) } }),
  }
}

/** Web push in the demo: a VAPID key of the data folder's own, unless one is set. */
function demoPushSettings(e: Settings): Env {
  return e.SPORTELLO_VAPID_PRIVATE_KEY ? {} : { SPORTELLO_VAPID_PRIVATE_KEY: demoKeys.vapidPrivateKey(sharedToCmsSettings(e).dataDir) }
}

/** The settings that point the portal at its stand-ins. */
export function standInSettings({ identityProvider, mail, pagopa, anpr, io }: StandIns): Env {
  const pagopaUrl = pagopa && `http://localhost:${pagopa.port}`
  const anprUrl = anpr && `http://localhost:${anpr.port}`
  return {
    ...(identityProvider && { SPORTELLO_OIDC_ISSUER: `http://localhost:${identityProvider.port}`, SPORTELLO_OIDC_CLIENT_SECRET: identityProvider.clientSecret }),
    ...(mail && { SPORTELLO_SMTP_URL: `smtp://127.0.0.1:${mail.port}` }),
    ...(pagopa && {
      SPORTELLO_PAGOPA_GPD_URL: `${pagopaUrl}/gpd/debt-positions-service/v1`, SPORTELLO_PAGOPA_CHECKOUT_URL: `${pagopaUrl}/checkout/ec/v1`,
      SPORTELLO_PAGOPA_API_KEY: pagopa.apiKey, SPORTELLO_PAGOPA_RECEIPT_KEY: pagopa.receiptKey,
    }),
    ...(io && { SPORTELLO_IO_URL: `http://localhost:${io.port}${ioStandInBasePath}`, SPORTELLO_IO_API_KEY: io.apiKey }),
    ...(anpr && {
      SPORTELLO_ANPR_URL: `${anprUrl}${anprStandInPaths.eservice}`, SPORTELLO_ANPR_AUDIENCE: demoPdndClient.eserviceAudience,
      SPORTELLO_PDND_TOKEN_URL: `${anprUrl}${anprStandInPaths.token}`, SPORTELLO_PDND_AUDIENCE: demoPdndClient.pdndAudience,
      SPORTELLO_PDND_CLIENT_ID: demoPdndClient.clientId, SPORTELLO_PDND_KID: demoPdndClient.kid, SPORTELLO_PDND_PURPOSE_ID: demoPdndClient.purposeId,
      SPORTELLO_PDND_KEY_FILE: anpr.keyFile,
    }),
  }
}

/** The warning `npm start` shows, loudly, when a demo is declared on an address others can reach. */
export function declaredDemoWarning(publicUrl: string, { identityProvider, mail, pagopa, anpr, io }: StandIns): string {
  const rule = '!'.repeat(78)
  const fake = [
    identityProvider && '!!  - le identità SPID/CIE sono FITTIZIE (provider di identità di prova);',
    pagopa && '!!  - i pagamenti pagoPA sono FINTI (simulatore: nessun pagamento reale);',
    anpr && '!!  - l’anagrafe (ANPR) è FITTIZIA (simulatore: certificati senza valore);',
    io && '!!  - i messaggi dell’app IO NON PARTONO: li mostra il simulatore IO;',
    mail && '!!  - la posta NON PARTE: resta in una cartella locale;',
  ].filter(Boolean)
  return [
    rule,
    `!!  ATTENZIONE: QUESTA È UNA DIMOSTRAZIONE (SPORTELLO_DEMO=1) su ${publicUrl}`,
    ...fake,
    '!!  - sono accettate le chiavi di prova scritte nel repository.',
    '!!  Non usarla con cittadini veri.',
    rule,
  ].join('\n')
}
