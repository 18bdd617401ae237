import path from 'node:path'

import { z } from 'zod'

import { rootDir } from '../cms/env'
import type { OidcSettings } from './auth/oidc'
import { demoMode, isLoopbackHost, type DemoMode } from './standins/demoMode'
import { isAddressOrRange } from './middleware/addressRanges'
import { isRepositorySecret } from './standins/repositorySecrets'
import type { PagopaSettings } from './pagopa/client'
import { bytesPerMegabyte } from './services/attachments/limits'
import type { QuotaLimits } from './services/quotas'

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  SPORTELLO_PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  SPORTELLO_SITE_DIR: z.string().default(path.join(rootDir, 'dist', 'client')),
  SPORTELLO_BODY_LIMIT: z.coerce.number().int().min(1024).default(1024 * 1024),
  SPORTELLO_OIDC_ISSUER: z.string().url().optional(),
  SPORTELLO_OIDC_CLIENT_ID: z.string().min(1).default('sportello'),
  SPORTELLO_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  SPORTELLO_OIDC_REDIRECT_URI: z.string().url().optional(),
  SPORTELLO_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  SPORTELLO_TRUSTED_PROXIES: z.coerce.number({ error: 'indica quanti proxy inversi tuoi stanno davanti al portale (0, 1, 2…)' }).int().min(0).max(10).optional(),
  SPORTELLO_TRUST_PROXY: z.enum(['0', '1'], { error: 'vale 1 o 0 (deprecato: usa SPORTELLO_TRUSTED_PROXIES)' }).optional(),
  SPORTELLO_MAX_OPEN_DRAFTS: z.coerce.number().int().min(1).default(20),
  SPORTELLO_UPLOAD_MB_PER_DAY: z.coerce.number().int().min(1).default(200),
  SPORTELLO_EMAIL_CONFIRMATIONS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  SPORTELLO_DEMO: z.enum(['0', '1'], { error: 'vale 1 (dimostrazione) o 0' }).optional(),
  SPORTELLO_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'deve iniziare con smtp:// o smtps://').optional(),
  SPORTELLO_MAIL_FROM: z.string().min(3).default('Comune di Brindisi <noreply@comune.brindisi.example>'),
  SPORTELLO_PAGOPA_GPD_URL: z.string().url().optional(),
  SPORTELLO_PAGOPA_CHECKOUT_URL: z.string().url().optional(),
  SPORTELLO_PAGOPA_API_KEY: z.string().min(8).optional(),
  SPORTELLO_PAGOPA_RECEIPT_KEY: z.string().min(16).optional(),
  SPORTELLO_PAGOPA_RECEIPT_SENDERS: z.string().default('').transform(commaList).pipe(z.array(z.string().refine(isAddressOrRange, 'ogni voce deve essere un indirizzo IP o una rete CIDR'))),
})

/** The public server's configuration, parsed once at start-up. */
export type ApiConfig = {
  port: number
  host: string
  publicUrl: URL
  /** Whether this is the demo (stand-ins and repository keys allowed) and why. */
  demo: DemoMode
  siteDir: string
  bodyLimit: number
  /** Cookies are Secure (and __Host-) unless the portal runs on plain-http localhost. */
  secureCookies: boolean
  /** The SPID/CIE gateway; null when not configured (login then answers 503). */
  oidc: OidcSettings | null
  smtpUrl: string
  mailFrom: string
  /** Logins (and callbacks) one client address may start in ten minutes. */
  loginRateLimit: number
  /** Reverse proxies of ours in front of the server: X-Forwarded-For is read that many entries from the right. */
  trustedProxies: number
  /** What one citizen may do: open drafts, upload bytes a day, contact-change emails an hour. */
  quotas: QuotaLimits
  /** The pagoPA platform (or its local stand-in); null when not configured ("Paga ora" answers 503). */
  pagopa: (PagopaSettings & { /** Addresses (IPs or CIDR ranges) receipts may come from; empty: any. */ receiptSenders: string[] }) | null
}

/** Raised at start-up when an environment variable is wrong: the server refuses to start. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads the environment into an ApiConfig, or stops with a message naming the bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Configurazione non valida:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  const publicUrl = new URL(e.SPORTELLO_PUBLIC_URL)
  if (publicUrl.protocol !== 'https:' && !isLoopbackHost(publicUrl.hostname)) {
    throw new ConfigError('SPORTELLO_PUBLIC_URL deve usare https (http è ammesso solo per localhost).')
  }
  const demo = demoMode(env)
  if (!demo.demo) refuseOutsideDemo(env)
  if (e.SPORTELLO_OIDC_ISSUER && !e.SPORTELLO_OIDC_CLIENT_SECRET) {
    throw new ConfigError('SPORTELLO_OIDC_CLIENT_SECRET è obbligatorio quando è impostato SPORTELLO_OIDC_ISSUER.')
  }
  const pagopaVars = [e.SPORTELLO_PAGOPA_GPD_URL, e.SPORTELLO_PAGOPA_CHECKOUT_URL, e.SPORTELLO_PAGOPA_API_KEY, e.SPORTELLO_PAGOPA_RECEIPT_KEY]
  if (pagopaVars.some(Boolean) && !pagopaVars.every(Boolean)) {
    throw new ConfigError('pagoPA: imposta insieme SPORTELLO_PAGOPA_GPD_URL, SPORTELLO_PAGOPA_CHECKOUT_URL, SPORTELLO_PAGOPA_API_KEY e SPORTELLO_PAGOPA_RECEIPT_KEY.')
  }
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    demo,
    siteDir: path.resolve(e.SPORTELLO_SITE_DIR),
    bodyLimit: e.SPORTELLO_BODY_LIMIT,
    secureCookies: publicUrl.protocol === 'https:',
    oidc: e.SPORTELLO_OIDC_ISSUER
      ? {
          issuer: new URL(e.SPORTELLO_OIDC_ISSUER),
          clientId: e.SPORTELLO_OIDC_CLIENT_ID,
          clientSecret: e.SPORTELLO_OIDC_CLIENT_SECRET!,
          redirectUri: e.SPORTELLO_OIDC_REDIRECT_URI ?? new URL('/api/auth/callback', publicUrl).toString(),
        }
      : null,
    smtpUrl: e.SPORTELLO_SMTP_URL ?? 'smtp://127.0.0.1:2525',
    mailFrom: e.SPORTELLO_MAIL_FROM,
    loginRateLimit: e.SPORTELLO_LOGIN_RATE_LIMIT,
    // SPORTELLO_TRUST_PROXY=1 (deprecated) meant one proxy in front.
    trustedProxies: e.SPORTELLO_TRUSTED_PROXIES ?? (e.SPORTELLO_TRUST_PROXY === '1' ? 1 : 0),
    quotas: {
      openDrafts: e.SPORTELLO_MAX_OPEN_DRAFTS,
      uploadBytesPerDay: e.SPORTELLO_UPLOAD_MB_PER_DAY * bytesPerMegabyte,
      contactEmailsPerHour: e.SPORTELLO_EMAIL_CONFIRMATIONS_PER_HOUR,
    },
    pagopa: e.SPORTELLO_PAGOPA_GPD_URL
      ? { gpdUrl: e.SPORTELLO_PAGOPA_GPD_URL.replace(/\/$/, ''), checkoutUrl: e.SPORTELLO_PAGOPA_CHECKOUT_URL!.replace(/\/$/, ''), apiKey: e.SPORTELLO_PAGOPA_API_KEY!, receiptKey: e.SPORTELLO_PAGOPA_RECEIPT_KEY!, receiptSenders: e.SPORTELLO_PAGOPA_RECEIPT_SENDERS }
      : null,
  }
}

/** Runs a start-up check; on a ConfigError prints its Italian message to stderr and exits with code 1. */
export function exitOnConfigError<T>(check: () => T): T {
  try {
    return check()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
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
const secretSettings = ['SPORTELLO_OIDC_CLIENT_SECRET', 'SPORTELLO_PAGOPA_API_KEY', 'SPORTELLO_PAGOPA_RECEIPT_KEY', 'PAYLOAD_SECRET', 'SPORTELLO_PREVIEW_SECRET', 'SPORTELLO_ADMIN_PASSWORD']

/** Outside the demo, stops with one message naming every missing real setting and every repository key. */
function refuseOutsideDemo(env: Record<string, string | undefined>): void {
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
