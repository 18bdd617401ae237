// The settings every process of the CMS reads (admin, publisher, site build, `npm start`): one Zod
// schema over the environment, each setting described. api/config.ts extends it with the public
// server's and the stand-ins' settings; the README's settings table is generated from the whole.
import path from 'node:path'

import { z } from 'zod'

import { rootDir } from '../env'

declare module 'zod' {
  interface GlobalMeta {
    /** The default as the README shows it, when it is computed (a folder of the checkout, another setting). */
    shownDefault?: string
  }
}

/** A TCP port. */
export const portSetting = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback)

const secretSetting = (description: string) =>
  z.string().min(32, 'deve essere lungo almeno 32 caratteri').optional().meta({ description, shownDefault: 'generated in `data/`' })

/** "Comune di Brindisi <noreply@…>" or a bare address. */
const mailSenderPattern = /^(?:[^<>]*<[^<>\s]+@[^<>\s]+>|[^<>\s]+@[^<>\s]+)$/

/** The shared settings, keyed by environment variable. Blank values count as unset (see parseSettings). */
export const sharedSettingsShape = {
  PORT: portSetting(3000).meta({ description: 'port of the public server' }),
  SPORTELLO_PUBLIC_URL: z.url().optional().meta({
    description: 'canonical URL of the public site (links, sitemap, feed, Origin check, preview links, emails); https outside loopback',
    shownDefault: '`http://localhost:3000` (`npm start`: `http://localhost:<PORT>`)',
  }),
  SPORTELLO_ADMIN_URL: z.url().optional().meta({
    description: 'URL of the admin (links in staff emails; HSTS when https)',
    shownDefault: '`npm start`: `http://localhost:<ADMIN_PORT>`',
  }),
  ADMIN_PORT: portSetting(3001).meta({ description: 'port of the admin (`npm start`)' }),
  ADMIN_HOST: z.string().default('127.0.0.1').meta({ description: 'address the admin listens on (`0.0.0.0` for every interface; see *Staff accounts*)' }),
  SPORTELLO_DATA_DIR: z.string().default(path.join(rootDir, 'data')).meta({
    description: 'database, uploads, private attachments, generated secrets',
    shownDefault: '`data/`',
  }),
  DATABASE_URL: z.string().optional().meta({
    description: '`file:` SQLite (embedded), `postgres://` PostgreSQL, `mongodb://` MongoDB',
    shownDefault: '`file:data/sportello.db`',
  }),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10).meta({ description: 'connections each process keeps to PostgreSQL for its requests (Payload keeps one more of its own)' }),
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000).meta({ description: 'how long a request waits for a free PostgreSQL connection before it is answered 503 (database unavailable) instead of waiting for ever' }),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000).meta({ description: 'longest a PostgreSQL statement may run, and a transaction stay idle, before PostgreSQL ends it and the request is answered 503 (database unavailable) instead of holding its connection and locks; 0: no limit (for one start whose migration rebuilds a very large table)' }),
  SPORTELLO_REDIS_URL: z.string().regex(/^rediss?:\/\/[^/?#]+/, 'scrivi un indirizzo redis:// o rediss://, es. redis://127.0.0.1:6379').optional().meta({
    description: 'Redis (`redis://` or `rediss://`) for the limits every process must share: the API’s rate limits and the staff sign-in throttle; while it is unreachable each process counts on its own and says so in its log (see *Shared limits*)',
    shownDefault: 'none: rate limits per process, sign-in throttle in PostgreSQL or in memory',
  }),
  PAYLOAD_SECRET: secretSetting('secret of staff tokens (≥ 32 characters); the citizen’s login state is sealed with a key derived from it'),
  SPORTELLO_PREVIEW_SECRET: secretSetting('key of preview links (≥ 32 characters); set it when the admin and the public server share no data folder'),
  SPORTELLO_ADMIN_EMAIL: z.email().default('admin@comune.brindisi.example').meta({ description: 'email of the first administrator, created on an empty database' }),
  SPORTELLO_ADMIN_PASSWORD: z.string().optional().meta({
    description: 'password of the first administrator (staff password policy); unless set, generated and printed once',
    shownDefault: 'generated',
  }),
  SPORTELLO_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'deve iniziare con smtp:// o smtps://').optional().meta({
    description: 'outgoing mail server, e.g. `smtps://user:password@smtp.comune.example:465`',
    shownDefault: '`smtp://127.0.0.1:2525` (the demo’s local server)',
  }),
  SPORTELLO_MAIL_FROM: z.string().regex(mailSenderPattern, 'scrivi "Nome <indirizzo>" oppure solo l’indirizzo').optional().meta({
    description: 'From of every email, public server and admin alike',
    shownDefault: '`Comune di Brindisi <noreply@comune.brindisi.example>`',
  }),
  SPORTELLO_MAIL_FROM_ADDRESS: z.email().optional().meta({
    description: 'the admin’s former address-only sender: `Comune di Brindisi <address>`, unless `SPORTELLO_MAIL_FROM` is set',
    deprecated: true,
  }),
  SPORTELLO_PAGOPA_CREDITOR_FISCAL_CODE: z.string().regex(/^\d{11}$/, 'servono 11 cifre').default('00081490748').meta({
    description: 'tax code of the creditor body on payment notices (the default is an example to confirm: it fails the 11-digit check digit)',
  }),
  SPORTELLO_PAGOPA_CREDITOR_NAME: z.string().min(1).default('Comune di Brindisi').meta({ description: 'name of the creditor body on notices and receipts' }),
  SPORTELLO_PAGOPA_SEGREGATION_CODE: z.string().regex(/^\d{2}$/, 'servono 2 cifre').default('01').meta({ description: 'segregation code of the notice numbers (aux digit 3)' }),
  SPORTELLO_VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'serve una chiave privata P-256 in base64url, 43 caratteri (npx web-push generate-vapid-keys)').optional().meta({
    description: 'web push: the portal’s VAPID private key (P-256, base64url; the public key is derived from it); unset outside the demo: the desk offers no push notifications',
    shownDefault: 'demo: generated in `data/`',
  }),
  SPORTELLO_VAPID_SUBJECT: z.string().regex(/^(?:mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'scrivi mailto:indirizzo oppure un indirizzo https://').optional().meta({
    description: 'web push: how push services may reach the Comune about its messages (VAPID `sub`)',
    shownDefault: '`mailto:` the From address',
  }),
  SPORTELLO_IO_URL: z.url().optional().meta({
    description: 'base of the IO Services API (`https://api.io.pagopa.it/api/v1`); unset outside the demo: no IO messages',
    shownDefault: 'demo: IO stand-in',
  }),
  SPORTELLO_IO_API_KEY: z.string().min(16, 'deve essere lunga almeno 16 caratteri').optional().meta({ description: 'the key of the Comune’s service on IO (Ocp-Apim-Subscription-Key)', shownDefault: 'demo: generated in `data/`' }),
  SPORTELLO_SITE_OUT: z.string().default(path.join(rootDir, 'dist')).meta({
    description: 'where builds of the public site go (`builds/<id>/` and the `current` link)',
    shownDefault: '`dist/`',
  }),
  SPORTELLO_ASTRO_CACHE: z.string().default(path.join(rootDir, '.astro', 'cache')).meta({
    description: 'Astro’s cache for one build (set by the publisher for the build it runs)',
    shownDefault: '`.astro/cache/`',
  }),
  SPORTELLO_PUBLISH_DEBOUNCE_MS: z.coerce.number().int().min(0).default(300).meta({ description: 'how long after the last save of published content the site is rebuilt' }),
  SPORTELLO_PUBLISHING: z.enum(['on', 'off'], { error: 'vale on oppure off' }).default('on').meta({ description: '`off`: saving published content queues no rebuild' }),
  SPORTELLO_NGINX: z.string().min(1).optional().meta({
    description: '`npm start`: the nginx binary (e.g. `/usr/sbin/nginx`, Debian’s package) to run in front on `PORT`: it serves the live build and its precompressed twins and passes the rest to the public-server processes, each listening on its own Unix socket in `<data>/nginx/` (on `PORT`+10, +11, … where that path would be too long for a socket) (see *Many processes behind nginx*)',
    shownDefault: 'none: the public server listens on `PORT` itself',
  }),
  SPORTELLO_PUBLIC_PROCESSES: z.coerce.number().int().min(1).max(32).default(1).meta({
    description: '`npm start`: how many public-server processes run behind nginx (more than 1 needs `SPORTELLO_NGINX`)',
  }),
  SPORTELLO_SKIP_SITE_BUILD: z.enum(['0', '1'], { error: 'vale 1 o 0' }).default('0').meta({ description: '`1`: `npm start` keeps the live build, when there is one, instead of building the site again' }),
  NODE_ENV: z.string().optional().meta({ description: 'Node’s mode: `production` (as `next start` sets it for the admin) makes the staff session cookie Secure' }),
  PAYLOAD_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn').meta({ description: 'what Payload logs (`info` brings back the start-up messages)' }),
}

/** The shared settings schema: what every process of the CMS checks when it starts. */
export const sharedSettingsSchema = z.object(sharedSettingsShape)
