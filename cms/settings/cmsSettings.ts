// The one place the CMS reads its environment. Each process parses it once when it starts (the Payload
// config does, for the admin, the publisher and the site build) and hands the values on: hooks and
// endpoints read them from the Payload instance they run in, with settingsOf(req.payload).
import path from 'node:path'

import type { Payload } from 'payload'
import type { z } from 'zod'

import { fromToSender } from '../notifications/mailer'
import { type Env, parseSettings } from './parseSettings'
import { sharedSettingsSchema } from './schema'

/** What the CMS processes are configured with, checked and with every default filled in. */
export type CmsSettings = ReturnType<typeof sharedToCmsSettings>

/** The checked shared settings as the code uses them. */
export function sharedToCmsSettings(e: z.output<typeof sharedSettingsSchema>) {
  const dataDir = path.resolve(/*turbopackIgnore: true*/ e.SPORTELLO_DATA_DIR)
  const mailFrom = e.SPORTELLO_MAIL_FROM ?? `Comune di Brindisi <${e.SPORTELLO_MAIL_FROM_ADDRESS ?? 'noreply@comune.brindisi.example'}>`
  return {
    publicUrl: e.SPORTELLO_PUBLIC_URL ?? 'http://localhost:3000',
    /** Unset outside `npm start`: Payload then builds no absolute admin links. */
    adminUrl: e.SPORTELLO_ADMIN_URL,
    adminPort: e.ADMIN_PORT,
    adminHost: e.ADMIN_HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? `file:${path.join(dataDir, 'sportello.db')}`,
    databasePoolMax: e.DATABASE_POOL_MAX,
    databasePoolTimeoutMs: e.DATABASE_POOL_TIMEOUT_MS,
    databaseStatementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    /** Redis for the limits every process shares (rate limits, sign-in throttle); null: none. */
    redisUrl: e.SPORTELLO_REDIS_URL ?? null,
    /** Given secrets; unset ones are generated in the data folder at first use (cms/env.ts). */
    payloadSecret: e.PAYLOAD_SECRET,
    previewSecret: e.SPORTELLO_PREVIEW_SECRET,
    firstAdmin: { email: e.SPORTELLO_ADMIN_EMAIL, password: e.SPORTELLO_ADMIN_PASSWORD },
    smtpUrl: e.SPORTELLO_SMTP_URL ?? 'smtp://127.0.0.1:2525',
    /** The From of every email, e.g. "Comune di Brindisi <noreply@…>"; the admin's former address-only setting still counts. */
    mailFrom,
    creditor: { fiscalCode: e.SPORTELLO_PAGOPA_CREDITOR_FISCAL_CODE, name: e.SPORTELLO_PAGOPA_CREDITOR_NAME, segregationCode: e.SPORTELLO_PAGOPA_SEGREGATION_CODE },
    /** Web push (VAPID): the private key and the contact; null: the desk offers no push notifications. */
    push: e.SPORTELLO_VAPID_PRIVATE_KEY ? { privateKey: e.SPORTELLO_VAPID_PRIVATE_KEY, subject: e.SPORTELLO_VAPID_SUBJECT ?? `mailto:${fromToSender(mailFrom).address}` } : null,
    /** The IO Services API (or the demo's stand-in); null: no IO messages. */
    io: e.SPORTELLO_IO_URL && e.SPORTELLO_IO_API_KEY ? { url: e.SPORTELLO_IO_URL.replace(/\/$/, ''), apiKey: e.SPORTELLO_IO_API_KEY } : null,
    siteOut: path.resolve(/*turbopackIgnore: true*/ e.SPORTELLO_SITE_OUT),
    astroCacheDir: path.resolve(/*turbopackIgnore: true*/ e.SPORTELLO_ASTRO_CACHE),
    publishDebounceMs: e.SPORTELLO_PUBLISH_DEBOUNCE_MS,
    publishing: e.SPORTELLO_PUBLISHING === 'on',
    skipSiteBuild: e.SPORTELLO_SKIP_SITE_BUILD === '1',
    /** `npm start`: nginx in front of this many public-server processes (null: one process on PORT, no proxy). */
    front: e.SPORTELLO_NGINX ? { nginx: e.SPORTELLO_NGINX, processes: e.SPORTELLO_PUBLIC_PROCESSES } : null,
    publicProcesses: e.SPORTELLO_PUBLIC_PROCESSES,
    logLevel: e.PAYLOAD_LOG_LEVEL,
    /** Node runs in production mode (NODE_ENV): staff session cookies are Secure. */
    production: e.NODE_ENV === 'production',
  }
}

/** Reads the CMS's settings from the environment, or stops (ConfigError) naming every wrong one. */
export function loadCmsSettings(env: Env = process.env): CmsSettings {
  return sharedToCmsSettings(parseSettings(sharedSettingsSchema, env))
}

/** The settings the Payload instance was configured with (payload.config.ts puts them in `custom`). */
export function settingsOf(payload: Pick<Payload, 'config'>): CmsSettings {
  return payload.config.custom.settings
}

/** The environment of a child process: this one's, plus `settings`. */
export function inheritedEnv(settings: Env = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...settings }
}
