// `npx tsx scripts/test-idp.ts`: runs the local TEST identity provider (the SPID/CIE stand-in) with the
// fictional citizens of content/test-identities.json. Never point a real portal at it.
import { defaultRedirectUri, exitOnConfigError, parseAllSettings } from '../api/config'
import { startTestIdentityProvider } from '../api/standins/identityProvider/server'
import { demoKeys } from '../api/standins/planStart'
import { sharedToCmsSettings } from '../cms/settings/cmsSettings'

const env = exitOnConfigError(() => parseAllSettings())
const { publicUrl, dataDir } = sharedToCmsSettings(env)
// The portal may write its public URL with or without the final slash; accept both spellings on logout.
const publicUrls = [...new Set([publicUrl, new URL(publicUrl).href])]
const idp = await startTestIdentityProvider({
  port: env.SPORTELLO_TEST_IDP_PORT,
  host: env.SPORTELLO_TEST_IDP_HOST,
  issuer: env.SPORTELLO_TEST_IDP_ISSUER ?? `http://localhost:${env.SPORTELLO_TEST_IDP_PORT}`,
  client: {
    clientId: env.SPORTELLO_OIDC_CLIENT_ID,
    // By default the demo's own client secret, generated in the data folder (the one `npm start` gives the portal).
    clientSecret: env.SPORTELLO_OIDC_CLIENT_SECRET ?? demoKeys.oidcClientSecret(dataDir),
    redirectUris: [env.SPORTELLO_OIDC_REDIRECT_URI ?? defaultRedirectUri(publicUrl)],
    postLogoutRedirectUris: publicUrls,
  },
}).catch((error: unknown) => {
  const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
  console.error(inUse
    ? `[idp di prova] la porta ${env.SPORTELLO_TEST_IDP_PORT} è già in uso: imposta SPORTELLO_TEST_IDP_PORT`
    : '[idp di prova] avvio non riuscito', inUse ? '' : error)
  process.exit(1)
})
console.log(`[idp di prova] PROVIDER DI TEST in ascolto su ${idp.url} — solo identità fittizie, non usare in produzione`)
console.log(`[idp di prova] configurazione OpenID: ${idp.url}/.well-known/openid-configuration`)
if (!env.SPORTELLO_OIDC_CLIENT_SECRET) {
  console.log('[idp di prova] client_secret della dimostrazione, generato nella cartella dei dati (SPORTELLO_OIDC_CLIENT_SECRET non impostato)')
}

const stop = (signal: string) => {
  console.log(`[idp di prova] ${signal}: chiusura in corso`)
  idp.close().then(() => process.exit(0), (error: unknown) => {
    console.error('[idp di prova] chiusura non riuscita', error)
    process.exit(1)
  })
}
process.once('SIGINT', () => stop('SIGINT'))
process.once('SIGTERM', () => stop('SIGTERM'))
