// Which stand-ins `npm start` runs, and with which keys: decided before anything touches the database.
import { deploymentSecret } from '../../cms/env'
import { loadConfig, type ApiConfig } from '../config'
import { demoMode } from './demoMode'

type Env = Record<string, string | undefined>

/** The stand-ins of the demo, each with its port and the keys it shares with the portal. */
export type StandIns = {
  identityProvider?: { port: number; clientSecret: string }
  mail?: { port: number }
  pagopa?: { port: number; apiKey: string; receiptKey: string }
}

/** What `npm start` runs: the settings every process gets, the stand-ins, the checked configuration. */
export type StartPlan = { env: Env; standIns: StandIns; config: ApiConfig }

/**
 * The keys between the portal and its stand-ins: generated once per data folder, never written in
 * the repository (scripts/test-idp.ts reads the same client secret as `npm start`).
 */
export const demoKeys = {
  oidcClientSecret: () => deploymentSecret('demo-oidc-client-secret'),
  pagopaApiKey: () => deploymentSecret('demo-pagopa-api-key'),
  pagopaReceiptKey: () => deploymentSecret('demo-pagopa-receipt-key'),
}

/**
 * Plans `npm start`: in the demo a stand-in takes the place of each real service that is not set;
 * outside it none runs, and the configuration every process will get is checked here, so a real
 * deployment with a missing setting or a repository key stops (ConfigError) before the database.
 */
export function planStart(env: Env): StartPlan {
  const standIns = demoMode(env).demo ? demoStandIns(env) : {}
  const settings = { ...env, ...standInSettings(standIns) }
  return { env: settings, standIns, config: loadConfig(settings) }
}

function demoStandIns(env: Env): StandIns {
  const port = (value: string | undefined, fallback: number) => Number(value ?? fallback)
  return {
    ...(env.SPORTELLO_OIDC_ISSUER ? {} : { identityProvider: { port: port(env.SPORTELLO_TEST_IDP_PORT, 3002), clientSecret: demoKeys.oidcClientSecret() } }),
    ...(env.SPORTELLO_SMTP_URL ? {} : { mail: { port: port(env.SPORTELLO_DEV_SMTP_PORT, 2525) } }),
    ...(env.SPORTELLO_PAGOPA_GPD_URL || env.SPORTELLO_PAGOPA_STAND_IN === '0'
      ? {}
      : { pagopa: { port: port(env.SPORTELLO_PAGOPA_STAND_IN_PORT, 3003), apiKey: demoKeys.pagopaApiKey(), receiptKey: demoKeys.pagopaReceiptKey() } }),
  }
}

/** The settings that point the portal at its stand-ins. */
function standInSettings({ identityProvider, mail, pagopa }: StandIns): Env {
  const pagopaUrl = pagopa && `http://localhost:${pagopa.port}`
  return {
    ...(identityProvider && { SPORTELLO_OIDC_ISSUER: `http://localhost:${identityProvider.port}`, SPORTELLO_OIDC_CLIENT_SECRET: identityProvider.clientSecret }),
    ...(mail && { SPORTELLO_SMTP_URL: `smtp://127.0.0.1:${mail.port}` }),
    ...(pagopa && {
      SPORTELLO_PAGOPA_GPD_URL: `${pagopaUrl}/gpd/debt-positions-service/v1`, SPORTELLO_PAGOPA_CHECKOUT_URL: `${pagopaUrl}/checkout/ec/v1`,
      SPORTELLO_PAGOPA_API_KEY: pagopa.apiKey, SPORTELLO_PAGOPA_RECEIPT_KEY: pagopa.receiptKey,
    }),
  }
}

/** The warning `npm start` shows, loudly, when a demo is declared on an address others can reach. */
export function declaredDemoWarning(publicUrl: string, { identityProvider, mail, pagopa }: StandIns): string {
  const rule = '!'.repeat(78)
  const fake = [
    identityProvider && '!!  - le identità SPID/CIE sono FITTIZIE (provider di identità di prova);',
    pagopa && '!!  - i pagamenti pagoPA sono FINTI (simulatore: nessun pagamento reale);',
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
