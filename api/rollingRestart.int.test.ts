// A rolling restart under load, as production runs it (README "Many processes behind nginx"): nginx, configured by
// the repository's own generator, in front of two public-server processes; citizens attach a PDF and submit their
// applications with an Idempotency-Key through nginx, others read pages and /api/me; meanwhile each process in turn
// gets SIGTERM, drains, exits by itself and starts again on its port. A client that gets 502/503 or a network error
// sends the same request again with the same key, as a real client does; a 200/201 is an acknowledgement.
// Checks: every acknowledged application is registered exactly once with the protocol number it was acknowledged
// with; no other 5xx; no GET ever fails (nginx passes it to the other process); an upload the stopping process holds
// at SIGTERM gets its normal answer through nginx, not resent; each process exits 0 within its drain bound; the logs
// hold no personal data. Runs on SQLite, and on PostgreSQL with SPORTELLO_TEST_DB=postgres.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApplicants, type Applicant } from '../bench/lib/applicants'
import { inPool } from '../bench/lib/pool'
import { practiceClient } from '../bench/lib/practiceClient'
import { startTestPayload, type TestPayload } from '../cms/testing/testPayload'
import { startDevMailServer, type DevMailServer } from './standins/mail/server'
import { debianNginx, type Upstream } from './static/nginxConfig'
import { proxyBodyLimit, upstreamSettings, writeNginxConfig } from './static/nginxFront'
import { testChildren, untilAnswers } from './testing/childProcesses'
import { freePort } from './testing/freePort'
import { unshedLoad } from './testing/loadLimits'
import { getFrom } from './testing/upstreamGet'
import { createPracticeFixtures, samplePdf } from './testing/practiceFixtures'

/** The drain bound each process gets (SPORTELLO_SHUTDOWN_GRACE_SECONDS). */
const graceSeconds = 20
/** Drafts made ready before the load; the submitters stop when the restart is over (or these run out). */
const draftCount = 320
/** Drafts kept apart for the slow uploads placed on each stopping process (up to ten tries each). */
const heldUploadDrafts = 20
const submitters = 6
/** Each submitter's pause between applications: the load spreads over each phase instead of using its drafts at once. */
const submitterPauseMs = 250
const readers = 2

let t: TestPayload
let mail: DevMailServer
let siteDir: string
/** The processes and nginx, with everything they wrote (for the personal-data check). */
const children = testChildren()

beforeAll(async () => {
  t = await startTestPayload()
  mail = await startDevMailServer({ port: 0 })
  siteDir = path.join(t.dataDir, 'site')
  mkdirSync(siteDir, { recursive: true })
  writeFileSync(path.join(siteDir, 'index.html'), '<!doctype html><title>Home</title>')
}, 120_000)
afterAll(async () => {
  children.killAll()
  await mail?.close()
  await t?.cleanup()
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const name = (upstream: Upstream) => ('socket' in upstream ? path.basename(upstream.socket) : `:${upstream.port}`)

/**
 * The real public server (api/server.ts) as a process behind nginx — one node process, tsx as a loader, so SIGTERM
 * reaches the server itself — on its port or its Unix socket, once its readiness says it takes traffic.
 */
async function startPublicServer(upstream: Upstream, publicUrl: string) {
  const server = children.launchPublicServer(`pubblico ${name(upstream)}`, {
    DATABASE_URL: t.databaseUrl, SPORTELLO_DATA_DIR: t.dataDir, SPORTELLO_SITE_DIR: siteDir, ...upstreamSettings(upstream),
    SPORTELLO_PUBLIC_URL: publicUrl, SPORTELLO_TRUSTED_PROXIES: '1', SPORTELLO_SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    SPORTELLO_MAP_TILES: 'off', SPORTELLO_SHUTDOWN_GRACE_SECONDS: String(graceSeconds),
    // This test is about restarts, not shedding: a busy test machine must not refuse the load.
    ...unshedLoad,
  })
  await untilAnswers(`${name(upstream)}/api/health/ready`, server, 100, () => getFrom(upstream, '/api/health/ready').then((r) => r.status))
  return server
}

/** Nginx as `npm start` runs it (api/static/nginxFront.ts), on a port of the test's own. */
async function startNginx(port: number, upstreams: Upstream[], publicUrl: string) {
  const options = { listen: { host: '127.0.0.1', port }, upstreams, siteDir, publicUrl: new URL(publicUrl), maxBodyBytes: proxyBodyLimit }
  // NGINX_ERRORS=1: nginx's error lines too (why it answered 502), printed without the client's address.
  const errors = (conf: string) => (process.env.NGINX_ERRORS === '1' ? conf.replace('error_log stderr crit', 'error_log stderr error') : conf)
  const front = children.launch('nginx', debianNginx, await writeNginxConfig(options, path.join(t.dataDir, 'nginx'), errors), {})
  await untilAnswers(`${publicUrl}/`, front)
  return front
}

/** What the clients saw: acknowledgements, resends, and every answer that was not the expected one, by kind. */
type Seen = { acknowledged: Map<number, string>; resends: number; kinds: Map<string, number>; getFailures: string[]; otherFailures: string[] }
const count = (seen: Seen, kind: string) => seen.kinds.set(kind, (seen.kinds.get(kind) ?? 0) + 1)
/** A fetch failure's kind: the cause's code (ECONNRESET, UND_ERR_SOCKET…) or its message. */
const errorKind = (error: unknown) => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message
}

/**
 * Sends a request until it gets an answer that is not 502/503 and not a network error, as a real client does (the
 * same body, the same Idempotency-Key); each failure is counted by kind.
 */
async function sendUntilAnswered(seen: Seen, what: string, send: () => Promise<Response>): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) seen.resends++
    if (attempt > 100) throw new Error(`${what}: nessuna risposta dopo 100 nuovi invii`)
    try {
      const res = await send()
      if (res.status !== 502 && res.status !== 503) return res
      count(seen, `${what} ${res.status}`)
      await res.arrayBuffer()
    } catch (error) {
      count(seen, `${what} errore di rete ${errorKind(error)}`)
    }
    await pause(50)
  }
}

/** An attach (multipart, the PDF) sent in two halves: the second only when `finish` is called. */
function slowAttach(origin: string, cookie: string, draftId: number, pdf: Uint8Array) {
  const boundary = 'confine-di-prova'
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="slot"\r\n\r\nidentity\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="documento.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const file = Buffer.from(pdf)
  const request = http.request(`${origin}/api/me/pratiche/${draftId}/allegati`, {
    method: 'POST', agent: false,
    headers: { cookie, origin, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + file.length + tail.length },
  })
  const status = new Promise<number>((resolve, reject) => {
    request.once('response', (res) => {
      res.resume()
      res.once('end', () => resolve(res.statusCode!))
    })
    request.once('error', reject)
  })
  // Awaited by the test; a failure before that is its own report, not an unhandled rejection.
  status.catch(() => {})
  request.write(head)
  request.write(file.subarray(0, file.length / 2))
  return { status, finish: () => request.end(Buffer.concat([file.subarray(file.length / 2), tail])) }
}

// On Unix sockets, as `npm start` places the processes beside nginx; on ports, as processes on other machines are reached.
describe.skipIf(!existsSync(debianNginx)).each(['socket Unix', 'porte'] as const)('a rolling restart of the processes behind nginx (%s)', (kind) => {
  it('loses no acknowledged application, fails no GET, and each process drains and exits by itself', async () => {
    const nginxPort = await freePort()
    const upstreams: Upstream[] = kind === 'porte'
      ? [{ port: await freePort() }, { port: await freePort() }]
      : [{ socket: path.join(t.dataDir, `pubblico-${nginxPort}-1.sock`) }, { socket: path.join(t.dataDir, `pubblico-${nginxPort}-2.sock`) }]
    const origin = `http://127.0.0.1:${nginxPort}`
    const servers = [await startPublicServer(upstreams[0]!, origin), await startPublicServer(upstreams[1]!, origin)]
    const nginxFront = await startNginx(nginxPort, upstreams, origin)

    // Drafts filled in beforehand, through nginx; the load attaches the PDF (an upload) and submits.
    const { service } = await createPracticeFixtures(t.payload, `riavvio-${Date.now()}`)
    const applicants = await createApplicants(t.payload, draftCount)
    const client = practiceClient(origin)
    const drafts: { applicant: Applicant; id: number; version: number; key: string }[] = []
    await inPool(applicants, 4, async (applicant) => {
      const draft = await client.startDraft(applicant, service.slug!)
      const saved = await client.save(applicant, draft.id, draft.version)
      drafts.push({ applicant, id: saved.id, version: saved.version, key: crypto.randomUUID() })
    })
    const heldDrafts = drafts.splice(0, heldUploadDrafts)
    // Each phase of the load (before the first restart, between the two, after the second) may use a third of the drafts,
    // so the load runs through both restarts however fast the portal answers and however slowly a process starts again.
    const loadDrafts = drafts.length
    let phase = 0
    const draftsKeptForLater = () => Math.floor((loadDrafts * (2 - phase)) / 3)
    const pdf = await samplePdf()
    const seen: Seen = { acknowledged: new Map(), resends: 0, kinds: new Map(), getFailures: [], otherFailures: [] }
    const taken: number[] = []
    let stop = false

    // Closed while the test places an upload on the process it will stop: each request of the load waits for it.
    let gate: Promise<void> = Promise.resolve()
    let openGate = () => {}
    const call = async (who: Applicant, method: string, url: string, body?: BodyInit, headers: Record<string, string> = {}) => {
      await gate
      return fetch(`${origin}${url}`, { method, headers: { cookie: who.cookie, origin, ...headers }, body })
    }
    const inFlight = async (upstream: Upstream) => (JSON.parse((await getFrom(upstream, '/api/health/ready')).body) as { inFlight: number }).inFlight
    /** A slow attach through nginx that the process at `upstream` holds in flight (the load paused meanwhile, so it is ours). */
    const uploadHeldBy = async (upstream: Upstream, other: Upstream) => {
      gate = new Promise((resolve) => (openGate = resolve))
      try {
        await pause(200)
        while ((await inFlight(upstream)) + (await inFlight(other)) > 0) await pause(20)
        for (let attempt = 0; attempt < 10; attempt++) {
          const draft = heldDrafts.shift()
          if (!draft) throw new Error('bozze per gli invii lenti esaurite')
          const upload = slowAttach(origin, draft.applicant.cookie, draft.id, pdf)
          for (;;) {
            if ((await inFlight(upstream)) > 0) return upload
            if ((await inFlight(other)) > 0) break
            await pause(20)
          }
          // nginx sent it to the other process: finished there, and another one tried.
          upload.finish()
          expect(await upload.status).toBe(201)
        }
        throw new Error(`nessun invio lento arrivato al processo ${name(upstream)}`)
      } finally {
        openGate()
      }
    }
    const submitter = async () => {
      while (!stop) {
        if (drafts.length <= draftsKeptForLater()) {
          await pause(50)
          continue
        }
        const draft = drafts.shift()
        if (!draft) return
        await pause(submitterPauseMs)
        taken.push(draft.id)
        const form = new FormData()
        form.set('slot', 'identity')
        form.set('file', new File([Buffer.from(pdf)], 'documento.pdf', { type: 'application/pdf' }))
        const attached = await sendUntilAnswered(seen, 'POST allegato', () => call(draft.applicant, 'POST', `/api/me/pratiche/${draft.id}/allegati`, form))
        if (attached.status !== 201) {
          seen.otherFailures.push(`allegato: HTTP ${attached.status} ${(await attached.text()).slice(0, 200)}`)
          continue
        }
        await attached.arrayBuffer()
        const body = JSON.stringify({ version: draft.version, privacyAccepted: true })
        const submitted = await sendUntilAnswered(seen, 'POST invio', () =>
          call(draft.applicant, 'POST', `/api/me/pratiche/${draft.id}/invio`, body, { 'content-type': 'application/json', 'idempotency-key': draft.key }))
        const reply = (await submitted.json().catch(() => ({}))) as { protocolNumber?: string }
        if ((submitted.status === 200 || submitted.status === 201) && reply.protocolNumber) seen.acknowledged.set(draft.id, reply.protocolNumber)
        else seen.otherFailures.push(`invio: HTTP ${submitted.status} ${JSON.stringify(reply).slice(0, 200)}`)
      }
    }
    // GETs: a static page nginx serves itself, a missing page and /api/me the processes answer; never resent.
    const gets: [string, number][] = [['/', 200], ['/api/me', 200], ['/pagina-che-non-esiste/', 404], ['/api/health', 200]]
    let getCount = 0
    const reader = async (who: Applicant) => {
      while (!stop) {
        for (const [url, expected] of gets) {
          getCount++
          try {
            const res = await call(who, 'GET', url)
            await res.arrayBuffer()
            if (res.status !== expected) {
              count(seen, `GET ${url} ${res.status}`)
              seen.getFailures.push(`GET ${url}: HTTP ${res.status}`)
            }
          } catch (error) {
            count(seen, `GET ${url} errore di rete ${errorKind(error)}`)
            seen.getFailures.push(`GET ${url}: ${errorKind(error)}`)
          }
        }
      }
    }
    const load = Promise.all([
      ...Array.from({ length: submitters }, submitter),
      ...applicants.slice(0, readers).map(reader),
    ])

    // The load is under way (a few more applications acknowledged) before each step, whatever the machine's speed.
    const moreAcknowledged = async (n: number) => {
      const target = seen.acknowledged.size + n
      while (seen.acknowledged.size < target && drafts.length > draftsKeptForLater()) await pause(50)
    }
    // The rolling restart: each process in turn gets SIGTERM, drains and exits by itself, and starts again where it was.
    await moreAcknowledged(5)
    const restarts: { where: string; code: number | null; seconds: number; acknowledgedBefore: number }[] = []
    for (const [i, upstream] of upstreams.entries()) {
      const held = await uploadHeldBy(upstream, upstreams[1 - i]!)
      const acknowledgedBefore = seen.acknowledged.size
      const started = performance.now()
      servers[i]!.child.kill('SIGTERM')
      await servers[i]!.printed('SIGTERM: chiusura del server pubblico')
      // The upload in flight keeps the process draining; once sent whole, it gets its normal answer through nginx.
      await pause(300)
      expect(servers[i]!.child.exitCode).toBeNull()
      held.finish()
      expect(await held.status).toBe(201)
      const code = await servers[i]!.exited
      restarts.push({ where: name(upstream), code, seconds: (performance.now() - started) / 1000, acknowledgedBefore })
      servers[i] = await startPublicServer(upstream, origin)
      phase++
      await moreAcknowledged(5)
    }
    stop = true
    await load

    if (process.env.NGINX_ERRORS === '1') console.log(nginxFront.output().split('\n').map((l) => l.replace(/^.*?\] \d+#\d+: \*\d+ /, '').replace(/, client: .*$/, '')).join('\n'))
    const kinds = [...seen.kinds].map(([kind, n]) => `${kind}: ${n}`).sort()
    console.log([
      `Riavvio a rotazione: ${seen.acknowledged.size} domande confermate, ${seen.resends} nuovi invii, ${getCount} GET`,
      ...restarts.map((r) => `processo ${r.where} uscito con ${r.code} dopo ${r.seconds.toFixed(1)} s (${r.acknowledgedBefore} confermate prima)`),
      ...(kinds.length ? kinds : ['nessuna risposta 502/503 né errore di rete']),
    ].join('\n'))

    // The load ran across both restarts.
    expect(seen.acknowledged.size).toBeGreaterThan(restarts[1]!.acknowledgedBefore)
    expect(restarts[0]!.acknowledgedBefore).toBeGreaterThan(0)
    // Each process drained and exited by itself, 0, within its bound.
    for (const r of restarts) {
      expect(r.code).toBe(0)
      expect(r.seconds).toBeLessThan(graceSeconds)
    }
    expect(seen.getFailures).toEqual([])
    expect(seen.otherFailures).toEqual([])
    // No 5xx besides the 502/503 of a process stopping; no network error the client could not resend.
    for (const kind of seen.kinds.keys()) expect(kind).toMatch(/^(POST (allegato|invio) (502|503|errore di rete .*))$/)

    // Every acknowledged application exactly once, with the protocol number it was acknowledged with.
    const all = { depth: 0, pagination: false, limit: 0, overrideAccess: true } as const
    const ids = [...seen.acknowledged.keys()]
    const register = (await t.payload.find({ collection: 'protocol-register', where: { practice: { in: taken } }, ...all })).docs
    const practices = new Map((await t.payload.find({ collection: 'practices', where: { id: { in: ids } }, ...all })).docs.map((p) => [p.id, p]))
    const events = (await t.payload.find({ collection: 'practice-events', where: { and: [{ practice: { in: taken } }, { kind: { equals: 'presentata' } }] }, ...all })).docs
    const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)
    for (const [id, protocol] of seen.acknowledged) {
      expect(practices.get(id)?.protocolNumber, `pratica ${id}`).toBe(protocol)
      expect(register.filter((r) => idOf(r.practice) === id).map((r) => r.protocolNumber), `pratica ${id}`).toEqual([protocol])
      expect(events.filter((e) => idOf(e.practice) === id), `pratica ${id}`).toHaveLength(1)
    }
    // Nothing registered twice, acknowledged or not.
    expect(new Set(register.map((r) => idOf(r.practice))).size).toBe(register.length)
    expect(new Set(register.map((r) => r.protocolNumber)).size).toBe(register.length)

    // No personal data in what the processes and nginx wrote.
    const written = children.outputs().join('\n')
    for (const applicant of applicants) {
      expect(written).not.toContain(applicant.fiscalCode)
      expect(written).not.toContain(applicant.answers.email as string)
    }
    expect(written).not.toContain('Bianco')
  }, 300_000)
})
