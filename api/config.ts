// The public server's configuration: the shared settings of the CMS (cms/settings/schema.ts)
// extended with the public server's and the stand-ins' own. Together they are every setting of
// Sportello, in one schema the README's settings table is generated from (npm run docs:settings).
import { createPrivateKey } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { rootDir } from '../cms/env'
import { privateKeyToVapidKeys } from '../cms/notifications/push/vapid'
import type { Creditor } from '../cms/payments/creditor'
import type { AnprSettings } from '../cms/registry/anprClient'
import { sharedToCmsSettings } from '../cms/settings/cmsSettings'
import { ConfigError, type Env, parseSettings } from '../cms/settings/parseSettings'
import { sharedSettingsShape } from '../cms/settings/schema'
import type { OidcSettings } from './auth/oidc'
import { isAddressOrRange } from './middleware/addressRanges'
import type { OverloadLimits } from './middleware/overload'
import type { PagopaSettings } from './pagopa/client'
import { bytesPerMegabyte } from './services/attachments/limits'
import type { QuotaLimits } from './services/quotas'
import { demoPdndKeyName } from './standins/anpr/demoClient'
import { demoMode, isLoopbackHost, type DemoMode } from './standins/demoMode'
import { isRepositorySecret } from './standins/repositorySecrets'
import { standInSettingsShape } from './standins/settings'

export { ConfigError, exitOnConfigError } from '../cms/settings/parseSettings'

/** The longest path a Unix socket may have on Linux (sun_path holds 108 bytes with the final NUL). */
export const maxSocketPathBytes = 107

/** The public server's own settings, keyed by environment variable. */
const publicServerShape = {
  HOST: z.string().default('127.0.0.1').meta({ description: 'address the public server listens on' }),
  SPORTELLO_SOCKET: z.string().refine((value) => path.isAbsolute(value), 'serve un percorso assoluto')
    .refine((value) => Buffer.byteLength(value) <= maxSocketPathBytes, `un socket Unix ha al più ${maxSocketPathBytes} byte di percorso`).optional().meta({
      description: 'a Unix socket the public server listens on instead of `HOST`:`PORT`, for a reverse proxy on the same machine (`npm start` with `SPORTELLO_NGINX` puts each process on one); it needs `SPORTELLO_TRUSTED_PROXIES` ≥ 1',
      shownDefault: 'none (`HOST`:`PORT`)',
    }),
  SPORTELLO_SITE_DIR: z.string().default(path.join(rootDir, 'dist', 'client')).meta({
    description: 'the built site the public server serves (`npm start`: the live build, `dist/current/client`)',
    shownDefault: '`dist/client/`',
  }),
  SPORTELLO_BODY_LIMIT: z.coerce.number().int().min(1024).default(1024 * 1024).meta({ description: 'largest request body in bytes, attachments aside (they have their own limits)' }),
  SPORTELLO_MAX_IN_FLIGHT: z.coerce.number().int().min(1).default(200).meta({
    description: 'requests to the API and to the pages rendered on request one process serves at once; beyond, new ones get a fast 503 with `Retry-After` (static pages and health checks are never refused)',
  }),
  SPORTELLO_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(10).default(200).meta({
    description: 'event-loop delay (ms; the median lateness of the last five ticks of a 20 ms timer, so one long pause does not count) beyond which the process counts as saturated: the API and the pages rendered on request answer 503 with `Retry-After`, readiness answers 503',
  }),
  SPORTELLO_SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(25).meta({
    description: 'on SIGTERM/SIGINT, how long the requests in flight (uploads included) may take to finish before the process exits anyway (exit code 1)',
  }),
  SPORTELLO_SEAL_P12_FILE: z.string().min(1).optional().meta({
    description: 'the Comune’s electronic seal for certificates: a PKCS#12 file (key and certificate) readable only by the portal; without it, outside the demo, certificates answer 503',
    shownDefault: 'demo: test certificate made in `data/private/`',
  }),
  SPORTELLO_SEAL_P12_PASSWORD: z.string().min(1).optional().meta({ description: 'the password of SPORTELLO_SEAL_P12_FILE', shownDefault: 'demo: generated in `data/`' }),
  SPORTELLO_OIDC_ISSUER: z.url().optional().meta({ description: 'the SPID/CIE gateway (OpenID Connect issuer)', shownDefault: 'demo: test identity provider' }),
  SPORTELLO_OIDC_CLIENT_ID: z.string().min(1).default('sportello').meta({ description: 'the portal’s client id at the gateway' }),
  SPORTELLO_OIDC_CLIENT_SECRET: z.string().min(1).optional().meta({ description: 'the portal’s client secret at the gateway', shownDefault: 'demo: generated in `data/`' }),
  SPORTELLO_OIDC_REDIRECT_URI: z.url().optional().meta({ description: 'where the gateway sends citizens back', shownDefault: '`<public URL>/api/auth/callback`' }),
  SPORTELLO_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(20).meta({ description: 'logins (and callbacks) one client address may start in ten minutes' }),
  SPORTELLO_GUEST_BOOKINGS_PER_HOUR: z.coerce.number().int().min(1).default(10).meta({ description: 'appointments one client address may book in an hour without SPID/CIE (each holds a place for 30 minutes until its email is confirmed)' }),
  SPORTELLO_TRUSTED_PROXIES: z.coerce.number({ error: 'indica quanti proxy inversi tuoi stanno davanti al portale (0, 1, 2…)' }).int().min(0).max(10).optional().meta({
    description: 'how many reverse proxies of ours (nginx, load balancer) stand in front of the public server: rate limits read the client address that many entries from the right of `X-Forwarded-For`, so entries a client writes on the left never count; with 0 the header is ignored',
    shownDefault: '`0`',
  }),
  SPORTELLO_TRUST_PROXY: z.enum(['0', '1'], { error: 'vale 1 o 0 (deprecato: usa SPORTELLO_TRUSTED_PROXIES)' }).optional().meta({
    description: '`1` means `SPORTELLO_TRUSTED_PROXIES=1`',
    deprecated: true,
  }),
  SPORTELLO_MAX_OPEN_DRAFTS: z.coerce.number().int().min(1).default(20).meta({ description: 'applications one citizen may have in draft at once' }),
  SPORTELLO_UPLOAD_MB_PER_DAY: z.coerce.number().int().min(1).default(200).meta({
    description: 'MB of attachments one citizen may store in any 24 hours (drafts, applications, answers to requests for documents)',
  }),
  SPORTELLO_EMAIL_CONFIRMATIONS_PER_HOUR: z.coerce.number().int().min(1).default(5).meta({ description: 'emails confirming a new contact address one citizen may ask for in any hour' }),
  SPORTELLO_DEMO: z.enum(['0', '1'], { error: 'vale 1 (dimostrazione) o 0' }).optional().meta({
    description: '`1`: a demo on a non-loopback address; `0`: never a demo (see *Security*)',
    shownDefault: 'by the public URL',
  }),
  SPORTELLO_MAP_TILES: z.string().trim().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
    .refine((value) => value === 'off' || (/^https?:\/\//.test(value) && ['{z}', '{x}', '{y}'].every((part) => value.includes(part))), 'scrivi `off` oppure un indirizzo http(s) con {z}, {x} e {y}')
    .meta({ description: 'the tile server of the reports map, fetched by the public server (browsers load tiles from the portal only; kept on disk under the data folder); `off`: no background map, the map still shows the reports' }),
  SPORTELLO_OPEN311_POST: z.enum(['on', 'off'], { error: 'vale on oppure off' }).default('off').meta({
    description: '`on`: Open311 clients may send reports (`POST /api/open311/v2/requests.json`); each needs an email and is published only once that email confirms it',
  }),
  SPORTELLO_PAGOPA_GPD_URL: z.url().optional().meta({ description: 'base of the GPD debt-positions service (…/gpd/debt-positions-service/v1)', shownDefault: 'demo: pagoPA stand-in' }),
  SPORTELLO_PAGOPA_CHECKOUT_URL: z.url().optional().meta({ description: 'base of the Checkout EC API (…/checkout/ec/v1)', shownDefault: 'demo: pagoPA stand-in' }),
  SPORTELLO_PAGOPA_API_KEY: z.string().min(8).optional().meta({ description: 'subscription key for GPD', shownDefault: 'demo: generated in `data/`' }),
  SPORTELLO_PAGOPA_RECEIPT_KEY: z.string().min(16).optional().meta({ description: 'key the platform presents when it sends receipts (≥ 16 characters)', shownDefault: 'demo: generated in `data/`' }),
  SPORTELLO_PAGOPA_RECEIPT_SENDERS: z.string().default('').transform(commaList).pipe(z.array(z.string().refine(isAddressOrRange, 'ogni voce deve essere un indirizzo IP o una rete CIDR'))).meta({
    description: 'addresses or CIDR ranges receipts may come from (e.g. `203.0.113.0/24, 2001:db8::/32`); others get 403 and are recorded',
    shownDefault: 'any',
  }),
}

/** The national registry (ANPR) through PDND: where the certificates' data come from (cms/registry/anprClient.ts). */
const registryShape = {
  SPORTELLO_ANPR_URL: z.url().optional().meta({
    description: 'base URL of ANPR’s *stato di famiglia* e-service (C021) as the PDND catalogue gives it (…/C021-…/v1); unset outside the demo: no certificates (503)',
    shownDefault: 'demo: ANPR stand-in',
  }),
  SPORTELLO_ANPR_AUDIENCE: z.string().min(1).optional().meta({ description: 'audience of the ANPR e-service (the voucher’s `aud`), from the PDND catalogue', shownDefault: '`SPORTELLO_ANPR_URL`' }),
  SPORTELLO_ANPR_CASO_USO: z.string().regex(/^C\d{3}$/, 'un caso d’uso ANPR, es. C021').default('C021').meta({ description: 'ANPR’s `casoUso` of the consultation' }),
  SPORTELLO_ANPR_COMUNE_ISTAT: z.string().regex(/^\d{6}$/, 'servono 6 cifre').default('074001').meta({ description: 'ISTAT code of the Comune (Brindisi: 074001): whoever ANPR says lives elsewhere gets no certificate' }),
  SPORTELLO_ANPR_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(5_000).meta({ description: 'how long to wait for PDND or ANPR before telling the citizen to retry' }),
  SPORTELLO_PDND_TOKEN_URL: z.url().optional().meta({ description: 'PDND’s token endpoint (…/token.oauth2)', shownDefault: 'demo: ANPR stand-in' }),
  SPORTELLO_PDND_AUDIENCE: z.string().min(1).default('auth.interop.pagopa.it/client-assertion').meta({ description: 'audience of the client assertion at PDND (test environment: `auth.uat.interop.pagopa.it/client-assertion`)' }),
  SPORTELLO_PDND_CLIENT_ID: z.string().min(1).optional().meta({ description: 'the portal’s client id at PDND', shownDefault: 'demo: stand-in’s' }),
  SPORTELLO_PDND_KID: z.string().min(1).optional().meta({ description: 'id of the public key registered for that client at PDND', shownDefault: 'demo: stand-in’s' }),
  SPORTELLO_PDND_PURPOSE_ID: z.string().min(1).optional().meta({ description: 'the PDND purpose (finalità) the consultation is authorised for', shownDefault: 'demo: stand-in’s' }),
  SPORTELLO_PDND_KEY_FILE: z.string().min(1).optional().meta({ description: 'PEM file of the client’s RSA private key (readable by the portal only)', shownDefault: 'demo: generated in `data/`' }),
}

/** Every setting of Sportello, keyed by environment variable. */
export const settingsSchema = z.object({ ...sharedSettingsShape, ...publicServerShape, ...registryShape, ...standInSettingsShape })

/** Every setting, checked and with its default. */
export type Settings = z.output<typeof settingsSchema>

/** Checks every setting, without deciding yet whether this is a demo (see loadConfig); stops with a ConfigError. */
export function parseAllSettings(env: Env = process.env): Settings {
  return parseSettings(settingsSchema, env)
}

/** Where the gateway sends citizens back unless SPORTELLO_OIDC_REDIRECT_URI says otherwise. */
export const defaultRedirectUri = (publicUrl: string | URL) => new URL('/api/auth/callback', publicUrl).toString()

/** The public server's configuration, parsed once at start-up. */
export type ApiConfig = {
  port: number
  host: string
  /** A Unix socket to listen on instead of host:port (a proxy on the same machine); null: host:port. */
  socketPath: string | null
  publicUrl: URL
  /** Whether this is the demo (stand-ins and repository keys allowed) and why. */
  demo: DemoMode
  siteDir: string
  bodyLimit: number
  /** When the dynamic part (API, pages rendered on request) refuses new requests with a 503: api/middleware/overload.ts. */
  overload: OverloadLimits
  /** On SIGTERM/SIGINT, how long requests in flight may take before the process exits anyway (ms). */
  shutdownGraceMs: number
  /** Cookies are Secure (and __Host-) unless the portal runs on plain-http localhost. */
  secureCookies: boolean
  /** The SPID/CIE gateway; null when not configured (login then answers 503). */
  oidc: OidcSettings | null
  smtpUrl: string
  /** The sender of the portal's emails, e.g. "Comune di Brindisi <noreply@…>". */
  mailFrom: string
  /** The body payment notices are issued for. */
  creditor: Creditor
  /** Logins (and callbacks) one client address may start in ten minutes. */
  loginRateLimit: number
  /** Appointments one client address may book in an hour without logging in. */
  guestBookingsPerHour: number
  /** Reverse proxies of ours in front of the server: X-Forwarded-For is read that many entries from the right. */
  trustedProxies: number
  /** Redis for the rate limits every copy of the server shares; null: each process counts its own. */
  redisUrl: string | null
  /** What one citizen may do: open drafts, upload bytes a day, contact-change emails an hour. */
  quotas: QuotaLimits
  /** The Comune's seal for certificates (PKCS#12); null: the demo's test seal, or no certificates outside the demo. */
  seal: { p12File: string; p12Password: string } | null
  /** The national registry (ANPR through PDND, or the demo's stand-in); null when not configured (certificates answer 503). */
  anpr: AnprSettings | null
  /** The tile server template the map proxy fetches from; null when the background map is off. */
  mapTiles: string | null
  /** Whether Open311 clients may send reports. */
  open311Post: boolean
  /** The pagoPA platform (or its local stand-in); null when not configured ("Paga ora" answers 503). */
  pagopa: (PagopaSettings & { /** Addresses (IPs or CIDR ranges) receipts may come from; empty: any. */ receiptSenders: string[] }) | null
}

/**
 * Checks every setting: first, outside the demo, that every real service is set and no key is one
 * written in the repository (named before any other mistake), then each value. Stops with a ConfigError.
 */
export function checkSettings(env: Env = process.env): Settings {
  if (!demoMode(env).demo) refuseOutsideDemo(env)
  return parseAllSettings(env)
}

/** Reads the environment into an ApiConfig, or stops with a message naming the bad variable. */
export function loadConfig(env: Env = process.env): ApiConfig {
  const e = checkSettings(env)
  const demo = demoMode(env)
  const shared = sharedToCmsSettings(e)
  const publicUrl = new URL(shared.publicUrl)
  if (publicUrl.protocol !== 'https:' && !isLoopbackHost(publicUrl.hostname)) {
    throw new ConfigError('SPORTELLO_PUBLIC_URL deve usare https (http è ammesso solo per localhost).')
  }
  if (e.SPORTELLO_OIDC_ISSUER && !e.SPORTELLO_OIDC_CLIENT_SECRET) {
    throw new ConfigError('SPORTELLO_OIDC_CLIENT_SECRET è obbligatorio quando è impostato SPORTELLO_OIDC_ISSUER.')
  }
  if (Boolean(e.SPORTELLO_SEAL_P12_FILE) !== Boolean(e.SPORTELLO_SEAL_P12_PASSWORD)) {
    throw new ConfigError('Sigillo dei certificati: imposta insieme SPORTELLO_SEAL_P12_FILE e SPORTELLO_SEAL_P12_PASSWORD.')
  }
  const pagopaVars = [e.SPORTELLO_PAGOPA_GPD_URL, e.SPORTELLO_PAGOPA_CHECKOUT_URL, e.SPORTELLO_PAGOPA_API_KEY, e.SPORTELLO_PAGOPA_RECEIPT_KEY]
  if (pagopaVars.some(Boolean) && !pagopaVars.every(Boolean)) {
    throw new ConfigError('pagoPA: imposta insieme SPORTELLO_PAGOPA_GPD_URL, SPORTELLO_PAGOPA_CHECKOUT_URL, SPORTELLO_PAGOPA_API_KEY e SPORTELLO_PAGOPA_RECEIPT_KEY.')
  }
  // A socket's peer has no address: only a proxy of ours, which names the client in X-Forwarded-For, may stand there.
  const trustedProxies = e.SPORTELLO_TRUSTED_PROXIES ?? (e.SPORTELLO_TRUST_PROXY === '1' ? 1 : 0)
  if (e.SPORTELLO_SOCKET && trustedProxies < 1) {
    throw new ConfigError('SPORTELLO_SOCKET: sul socket Unix risponde solo un proxy inverso dello stesso computer; imposta SPORTELLO_TRUSTED_PROXIES (almeno 1), altrimenti tutti i cittadini conterebbero come un unico indirizzo nei limiti.')
  }
  checkNotificationChannels(e, demo)
  const anpr = anprSettings(e, demo, shared.creditor.name, publicUrl)
  return {
    anpr,
    port: e.PORT,
    host: e.HOST,
    socketPath: e.SPORTELLO_SOCKET ?? null,
    publicUrl,
    demo,
    siteDir: path.resolve(e.SPORTELLO_SITE_DIR),
    bodyLimit: e.SPORTELLO_BODY_LIMIT,
    overload: { maxInFlight: e.SPORTELLO_MAX_IN_FLIGHT, maxEventLoopDelayMs: e.SPORTELLO_MAX_EVENT_LOOP_DELAY_MS },
    shutdownGraceMs: e.SPORTELLO_SHUTDOWN_GRACE_SECONDS * 1000,
    secureCookies: publicUrl.protocol === 'https:',
    oidc: e.SPORTELLO_OIDC_ISSUER
      ? {
          issuer: new URL(e.SPORTELLO_OIDC_ISSUER),
          clientId: e.SPORTELLO_OIDC_CLIENT_ID,
          clientSecret: e.SPORTELLO_OIDC_CLIENT_SECRET!,
          redirectUri: e.SPORTELLO_OIDC_REDIRECT_URI ?? defaultRedirectUri(publicUrl),
        }
      : null,
    smtpUrl: shared.smtpUrl,
    mailFrom: shared.mailFrom,
    creditor: shared.creditor,
    loginRateLimit: e.SPORTELLO_LOGIN_RATE_LIMIT,
    guestBookingsPerHour: e.SPORTELLO_GUEST_BOOKINGS_PER_HOUR,
    // SPORTELLO_TRUST_PROXY=1 (deprecated) meant one proxy in front.
    trustedProxies,
    redisUrl: shared.redisUrl,
    quotas: {
      openDrafts: e.SPORTELLO_MAX_OPEN_DRAFTS,
      uploadBytesPerDay: e.SPORTELLO_UPLOAD_MB_PER_DAY * bytesPerMegabyte,
      contactEmailsPerHour: e.SPORTELLO_EMAIL_CONFIRMATIONS_PER_HOUR,
    },
    mapTiles: e.SPORTELLO_MAP_TILES === 'off' ? null : e.SPORTELLO_MAP_TILES,
    open311Post: e.SPORTELLO_OPEN311_POST === 'on',
    seal: e.SPORTELLO_SEAL_P12_FILE ? { p12File: path.resolve(e.SPORTELLO_SEAL_P12_FILE), p12Password: e.SPORTELLO_SEAL_P12_PASSWORD! } : null,
    pagopa: e.SPORTELLO_PAGOPA_GPD_URL
      ? { gpdUrl: e.SPORTELLO_PAGOPA_GPD_URL.replace(/\/$/, ''), checkoutUrl: e.SPORTELLO_PAGOPA_CHECKOUT_URL!.replace(/\/$/, ''), apiKey: e.SPORTELLO_PAGOPA_API_KEY!, receiptKey: e.SPORTELLO_PAGOPA_RECEIPT_KEY!, receiptSenders: e.SPORTELLO_PAGOPA_RECEIPT_SENDERS }
      : null,
  }
}

/** Web push and IO: a VAPID key that is one; IO's URL and key together, and outside the demo over https (the stand-in is plain http). */
function checkNotificationChannels(e: Settings, demo: DemoMode): void {
  if (e.SPORTELLO_VAPID_PRIVATE_KEY) {
    try {
      privateKeyToVapidKeys(e.SPORTELLO_VAPID_PRIVATE_KEY)
    } catch (error) {
      throw new ConfigError(error instanceof Error ? error.message : String(error))
    }
  }
  if (Boolean(e.SPORTELLO_IO_URL) !== Boolean(e.SPORTELLO_IO_API_KEY)) throw new ConfigError('IO: imposta insieme SPORTELLO_IO_URL e SPORTELLO_IO_API_KEY.')
  if (e.SPORTELLO_IO_URL && !demo.demo && new URL(e.SPORTELLO_IO_URL).protocol !== 'https:') {
    throw new ConfigError('SPORTELLO_IO_URL deve usare https: fuori dalla dimostrazione il portale scrive solo al vero servizio IO, non al simulatore.')
  }
}

/** The ANPR settings: all or none; the key file readable and, outside the demo, not the demo's. */
function anprSettings(e: Settings, demo: DemoMode, comuneName: string, publicUrl: URL): AnprSettings | null {
  const required = {
    SPORTELLO_ANPR_URL: e.SPORTELLO_ANPR_URL, SPORTELLO_PDND_TOKEN_URL: e.SPORTELLO_PDND_TOKEN_URL, SPORTELLO_PDND_CLIENT_ID: e.SPORTELLO_PDND_CLIENT_ID,
    SPORTELLO_PDND_KID: e.SPORTELLO_PDND_KID, SPORTELLO_PDND_PURPOSE_ID: e.SPORTELLO_PDND_PURPOSE_ID, SPORTELLO_PDND_KEY_FILE: e.SPORTELLO_PDND_KEY_FILE,
  }
  const missing = Object.entries(required).filter(([, value]) => !value).map(([name]) => name)
  if (missing.length === Object.keys(required).length) return null
  if (missing.length) throw new ConfigError(`ANPR: imposta insieme ${Object.keys(required).join(', ')} (mancano: ${missing.join(', ')}).`)
  const keyFile = e.SPORTELLO_PDND_KEY_FILE!
  if (!demo.demo && path.basename(keyFile) === demoPdndKeyName) {
    throw new ConfigError(`SPORTELLO_PDND_KEY_FILE: ${demoPdndKeyName} è la chiave della dimostrazione (simulatore ANPR); fuori dalla dimostrazione usa la chiave registrata su PDND.`)
  }
  let privateKey: AnprSettings['privateKey']
  try {
    privateKey = createPrivateKey(readFileSync(keyFile, 'utf8'))
  } catch {
    throw new ConfigError(`SPORTELLO_PDND_KEY_FILE: impossibile leggere una chiave privata PEM da ${keyFile}.`)
  }
  if (privateKey.asymmetricKeyType !== 'rsa') throw new ConfigError('SPORTELLO_PDND_KEY_FILE: PDND vuole una chiave RSA (firma RS256).')
  return {
    eserviceUrl: e.SPORTELLO_ANPR_URL!.replace(/\/$/, ''), eserviceAudience: e.SPORTELLO_ANPR_AUDIENCE ?? e.SPORTELLO_ANPR_URL!, useCase: e.SPORTELLO_ANPR_CASO_USO,
    tokenUrl: e.SPORTELLO_PDND_TOKEN_URL!, pdndAudience: e.SPORTELLO_PDND_AUDIENCE, clientId: e.SPORTELLO_PDND_CLIENT_ID!, kid: e.SPORTELLO_PDND_KID!,
    purposeId: e.SPORTELLO_PDND_PURPOSE_ID!, privateKey, comune: { istatCode: e.SPORTELLO_ANPR_COMUNE_ISTAT, name: comuneName }, userLocation: publicUrl.host,
    timeoutMs: e.SPORTELLO_ANPR_TIMEOUT_MS,
  }
}

/** What a real deployment must set: outside the demo no stand-in may take these services' place. */
const realServiceSettings = {
  SPORTELLO_OIDC_ISSUER: 'il gateway SPID/CIE (OpenID Connect)',
  SPORTELLO_OIDC_CLIENT_SECRET: 'il segreto del portale presso il gateway SPID/CIE',
  SPORTELLO_SMTP_URL: 'il server di posta in uscita',
  SPORTELLO_PAGOPA_GPD_URL: 'il servizio GPD di pagoPA (posizioni debitorie)',
  SPORTELLO_PAGOPA_CHECKOUT_URL: 'il servizio Checkout di pagoPA',
  SPORTELLO_PAGOPA_API_KEY: 'la chiave di sottoscrizione a GPD',
  SPORTELLO_PAGOPA_RECEIPT_KEY: 'la chiave che pagoPA presenta quando invia le ricevute',
} as const

/** Settings that hold a secret (read here or by the CMS): none may be a value written in the repository. */
const secretSettings = ['SPORTELLO_OIDC_CLIENT_SECRET', 'SPORTELLO_PAGOPA_API_KEY', 'SPORTELLO_PAGOPA_RECEIPT_KEY', 'PAYLOAD_SECRET', 'SPORTELLO_PREVIEW_SECRET', 'SPORTELLO_ADMIN_PASSWORD', 'SPORTELLO_SEAL_P12_PASSWORD', 'SPORTELLO_VAPID_PRIVATE_KEY', 'SPORTELLO_IO_API_KEY']

/** Outside the demo, stops with one message naming every missing real setting and every repository key. */
function refuseOutsideDemo(env: Env): void {
  const missing = Object.entries(realServiceSettings).filter(([name]) => !env[name]?.trim())
  const known = secretSettings.filter((name) => env[name] && isRepositorySecret(env[name]))
  if (!missing.length && !known.length) return
  const why = env.SPORTELLO_DEMO === '0' ? 'SPORTELLO_DEMO=0' : 'SPORTELLO_PUBLIC_URL non è un indirizzo locale e SPORTELLO_DEMO=1 non è impostato'
  throw new ConfigError([
    `Sportello non parte: questa non è una dimostrazione (${why}), quindi non usa simulatori né chiavi di prova.`,
    ...(missing.length ? ['Imposta i servizi reali:', ...missing.map(([name, what]) => `  ${name}: ${what}`)] : []),
    ...(known.length ? ['Valori scritti nel repository di Sportello, quindi noti a chiunque (impostane di nuovi, segreti):', ...known.map((name) => `  ${name}`)] : []),
    'Per una dimostrazione con identità fittizie e pagamenti finti imposta SPORTELLO_DEMO=1.',
  ].join('\n'))
}

function commaList(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter(Boolean)
}
