import path from 'node:path'

import { z } from 'zod'

import { rootDir } from '../cms/env'
import type { OidcSettings } from './auth/oidc'
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
  SPORTELLO_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'deve iniziare con smtp:// o smtps://').default('smtp://127.0.0.1:2525'),
  SPORTELLO_MAIL_FROM: z.string().min(3).default('Comune di Brindisi <noreply@comune.brindisi.example>'),
  SPORTELLO_PAGOPA_GPD_URL: z.string().url().optional(),
  SPORTELLO_PAGOPA_CHECKOUT_URL: z.string().url().optional(),
  SPORTELLO_PAGOPA_API_KEY: z.string().min(8).optional(),
  SPORTELLO_PAGOPA_RECEIPT_KEY: z.string().min(16).optional(),
})

/** The public server's configuration, parsed once at start-up. */
export type ApiConfig = {
  port: number
  host: string
  publicUrl: URL
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
  pagopa: PagopaSettings | null
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
  const localhost = ['localhost', '127.0.0.1', '[::1]'].includes(publicUrl.hostname)
  if (publicUrl.protocol !== 'https:' && !localhost) {
    throw new ConfigError('SPORTELLO_PUBLIC_URL deve usare https (http è ammesso solo per localhost).')
  }
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
    smtpUrl: e.SPORTELLO_SMTP_URL,
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
      ? { gpdUrl: e.SPORTELLO_PAGOPA_GPD_URL.replace(/\/$/, ''), checkoutUrl: e.SPORTELLO_PAGOPA_CHECKOUT_URL!.replace(/\/$/, ''), apiKey: e.SPORTELLO_PAGOPA_API_KEY!, receiptKey: e.SPORTELLO_PAGOPA_RECEIPT_KEY! }
      : null,
  }
}
