// Notifications delivered per second across channels, on SQLite and PostgreSQL: N citizens each get one
// notification through the real dispatcher (cms/notifications/dispatch.ts: the desk message and one
// queued delivery per channel, in one transaction), delivered by the real jobs queue ('notifiche') on
// every channel they chose: email through a local SMTP server, web push (RFC 8291 encrypted, VAPID
// signed) to a local push service, IO to the IO stand-in. Each of the three fails 5% of its requests
// (every 20th: SMTP 451, push 503, IO 503), which the queue retries. The backoff's waits (30 s, 1 min…)
// are skipped by making the retries due at once: the figure is the work, not the wait. Afterwards every
// delivery must be logged 'inviata' and each service must hold exactly one message per citizen.
// Usage: npm run bench:notifications [-- N]   (default: 200 citizens, so 600 deliveries besides the desk).
import { randomBytes } from 'node:crypto'
import { pathToFileURL } from 'node:url'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import webpush from 'web-push'

import { startIoStandIn } from '../api/standins/io/server'
import { personToFiscalCode } from '../api/standins/identityProvider/fiscalCode'
import { dispatchNotification } from '../cms/notifications/dispatch'
import { notificationQueue } from '../cms/notifications/delivery/queue'
import { decryptWebPush } from '../cms/notifications/push/decrypt'
import { startTestPushReceiver } from '../cms/notifications/push/testReceiver'
import { assignedDatabase, databaseLabels, freshDatabase, reportRows, runPerDatabase } from './lib/perDatabase'
import { printTable } from './lib/table'

const headers = ['database', 'canale', 'consegnate', 'fallimenti iniettati (ritentati)', 'tempo', 'al secondo']
/** One request in this many fails: 5%. */
const failEvery = 20
const fails = (n: number) => n % failEvery === 0

/** A local SMTP server that refuses every 20th message with 451 (try again later) and counts the rest. */
async function startFlakySmtp() {
  const accepted: string[] = []
  let messages = 0, refused = 0
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      stream.resume()
      stream.on('end', () => {
        if (fails(++messages)) {
          refused++
          return callback(Object.assign(new Error('Riprova più tardi'), { responseCode: 451 }))
        }
        accepted.push(...session.envelope.rcptTo.map((r) => r.address))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as { port: number }
  return { port, accepted, refused: () => refused, close: () => new Promise<void>((done) => server.close(() => done())) }
}

/** Runs the notification queue until nothing is due; with `fastForward`, retries waiting for their backoff are made due at once. */
async function drainQueue(payload: Payload): Promise<void> {
  for (let round = 0; round < 200; round++) {
    const { noJobsRemaining } = await payload.jobs.run({ queue: notificationQueue, limit: 100, silent: true })
    if (!noJobsRemaining) continue
    const waiting = await payload.update({ collection: 'payload-jobs', where: { and: [{ queue: { equals: notificationQueue } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] }, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, depth: 0 })
    if (!waiting.docs.length) return
  }
}

/** Measures N citizens × 3 channels on one database (started inside, with the services' addresses in its settings). */
async function measureNotifications(database: string, total: number): Promise<{ rows: (string | number)[][]; ok: boolean }> {
  const smtp = await startFlakySmtp()
  const push = await startTestPushReceiver()
  push.answerBy((n) => (fails(n) ? 503 : 201))
  const ioKey = randomBytes(24).toString('base64url')
  let ioRefused = 0
  const io = await startIoStandIn({ port: 0, apiKey: ioKey, rateLimit: { requests: 1_000_000, windowMs: 5_000 }, unavailable: (n) => fails(n) && ++ioRefused > 0 })
  const vapid = webpush.generateVAPIDKeys()
  // The Payload config reads these when it loads (freshDatabase): the channels reach the local services.
  Object.assign(process.env, {
    SPORTELLO_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SPORTELLO_VAPID_PRIVATE_KEY: vapid.privateKey, SPORTELLO_IO_URL: io.apiUrl, SPORTELLO_IO_API_KEY: ioKey,
    SPORTELLO_PUBLIC_URL: 'http://localhost:3000',
  })
  const db = await freshDatabase(assignedDatabase()!)
  try {
    const { payload } = db
    const browsers: ReturnType<typeof push.subscribe>[] = []
    const citizens = []
    for (let i = 0; i < total; i++) {
      const givenName = `Persona${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26) % 26)}`
      const fiscalCode = personToFiscalCode({ givenName, familyName: `Prova${String.fromCharCode(65 + Math.floor(i / 676) % 26)}`, birthdate: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`, sex: i % 2 ? 'M' : 'F', placeOfBirthCode: 'B180' })
      const citizen = await payload.create({ collection: 'citizens', data: { fiscalCode, givenName, familyName: 'Prova', idpEmail: `persona${i}@esempio.it` }, depth: 0 })
      const browser = push.subscribe()
      browsers.push(browser)
      await payload.create({ collection: 'push-subscriptions', data: { citizen: citizen.id, endpoint: browser.subscription.endpoint, p256dh: browser.subscription.keys.p256dh, auth: browser.subscription.keys.auth, label: 'Banco di prova' }, depth: 0 })
      io.registry.setProfile(fiscalCode, { senderAllowed: true })
      citizens.push(citizen)
    }

    const dispatchStart = performance.now()
    for (const [i, citizen] of citizens.entries()) {
      const notification = { kind: 'practice-submitted', data: { practiceId: i + 1, title: 'Mensa scolastica', protocolNumber: `2026/${String(i + 1).padStart(6, '0')}` } } as const
      await dispatchNotification(payload, { notification, to: { citizen } })
    }
    const dispatchSeconds = (performance.now() - dispatchStart) / 1000

    const deliverStart = performance.now()
    await drainQueue(payload)
    const deliverSeconds = (performance.now() - deliverStart) / 1000

    const count = async (channel: string, status: string) => (await payload.count({ collection: 'notification-deliveries', where: { and: [{ channel: { equals: channel } }, { status: { equals: status } }] } })).totalDocs
    const sent = { email: await count('email', 'inviata'), push: await count('push', 'inviata'), io: await count('io', 'inviata'), desk: await count('desk', 'inviata') }
    const first = browsers[0]!
    const firstPush = push.received.find((r) => r.path === new URL(first.subscription.endpoint).pathname && r.body.length > 0)
    const readable = firstPush ? JSON.parse(decryptWebPush(firstPush.body, first.browser, first.authSecret).toString('utf8')).title.includes('Mensa scolastica') : false
    const pushFailures = push.received.filter((_, i) => fails(i + 1)).length
    const delivered = sent.email + sent.push + sent.io
    // What each service holds: one message per citizen, none twice (a job run again after its channel succeeded would show here).
    const pushTaken = push.received.filter((_, i) => !fails(i + 1))
    const held = { email: smtp.accepted.length, push: pushTaken.length, io: io.registry.messages.length }
    const unique = { email: new Set(smtp.accepted).size, push: new Set(pushTaken.map((r) => r.path)).size, io: new Set(io.registry.messages.map((m) => m.fiscal_code)).size }
    const twice = (Object.keys(held) as (keyof typeof held)[]).filter((k) => held[k] !== total || unique[k] !== total).map((k) => `${k}: ${held[k]} ricevuti, ${unique[k]} destinatari`)
    const ok = sent.email === total && sent.push === total && sent.io === total && sent.desk === total && twice.length === 0 && readable
    const perSecond = (n: number) => (n / deliverSeconds).toFixed(1)
    const rows = [
      [database, 'avvisi al dispatcher (Messaggi + 3 consegne in coda, una transazione)', total, '', `${dispatchSeconds.toFixed(1)} s`, (total / dispatchSeconds).toFixed(1)],
      [database, 'email (SMTP locale)', sent.email, smtp.refused(), '', ''],
      [database, 'web push (servizio push locale, RFC 8291 + VAPID)', sent.push, pushFailures, '', ''],
      [database, 'App IO (simulatore: profilo, poi messaggio)', sent.io, ioRefused, '', ''],
      [database, '**tutti i canali, dalla coda**', delivered, '', `${deliverSeconds.toFixed(1)} s`, `**${perSecond(delivered)}**`],
      [database, 'verifica: ogni consegna «inviata» una volta, push decifrabile', `${delivered}/${3 * total}`, '', '', ok ? 'ok' : `ERRORE${twice.length ? ` (${twice.join('; ')})` : ''}`],
    ]
    return { rows, ok }
  } finally {
    await db.cleanup()
    await Promise.all([smtp.close(), push.close(), io.close()])
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [total = 200] = process.argv.slice(2).map(Number)
  const database = assignedDatabase()
  if (database) {
    const { rows, ok } = await measureNotifications(databaseLabels[database], total)
    reportRows(rows, ok)
  } else {
    const { rows, ok } = await runPerDatabase('bench/notifications.ts', process.argv.slice(2))
    printTable(`Notifiche consegnate al secondo su tre canali (${total} cittadini × email, web push, App IO; 5% delle richieste fallisce ed è ritentato)`, headers, rows)
    if (!ok) {
      console.error('\nMisura incompleta o controlli falliti: vedi sopra.')
      process.exit(1)
    }
  }
  process.exit(0)
}
