import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../cms/testing/testPayload'
import { testChildren, untilAnswers } from './testing/childProcesses'
import { freePort } from './testing/freePort'
import { unshedLoad } from './testing/loadLimits'

let t: TestPayload
let siteDir: string
const children = testChildren()

beforeAll(async () => {
  t = await startTestPayload()
  siteDir = path.join(t.dataDir, 'site')
  mkdirSync(siteDir, { recursive: true })
  writeFileSync(path.join(siteDir, 'index.html'), '<!doctype html><title>Home</title>')
}, 120_000)
afterAll(async () => {
  children.killAll()
  await t?.cleanup()
})

/** The real public server (api/server.ts) in a process of its own, on the test's database, once it listens. */
async function startPublicServer(graceSeconds: number) {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const launched = children.launchPublicServer(`pubblico :${port}`, {
    DATABASE_URL: t.databaseUrl, SPORTELLO_DATA_DIR: t.dataDir, SPORTELLO_SITE_DIR: siteDir, PORT: String(port),
    SPORTELLO_PUBLIC_URL: origin, SPORTELLO_MAP_TILES: 'off', SPORTELLO_SHUTDOWN_GRACE_SECONDS: String(graceSeconds),
    // This test is about draining, not shedding: a busy test machine must not refuse the upload.
    ...unshedLoad,
  })
  const server = {
    ...launched, port, origin,
    /** Resolves once the server has the upload in flight (as readiness reports it); fails if it was answered already. */
    holds: async (upload: { answered: () => boolean }) => {
      const inFlight = async () => ((await (await fetch(`${origin}/api/health/ready`)).json()) as { inFlight: number }).inFlight
      while ((await inFlight()) < 1) {
        if (upload.answered()) throw new Error(`il server ha risposto all'invio prima di riceverlo tutto:\n${launched.output()}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
  }
  await server.printed('Server pubblico in ascolto')
  // As a load balancer would: traffic only once readiness says so.
  await untilAnswers(`${origin}/api/health/ready`, launched)
  return server
}

/** A multipart upload (a form with a 256 KB file) sent in two halves: the second only when `finish` is called. */
function slowUpload(origin: string) {
  const boundary = 'confine-di-prova'
  const file = randomBytes(256 * 1024)
  const head = Buffer.from([
    `--${boundary}\r\nContent-Disposition: form-data; name="path"\r\n\r\n/servizi/\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="rating"\r\n\r\n5\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="allegato"; filename="foto.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  ].join(''))
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const request = http.request(`${origin}/api/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': head.length + file.length + tail.length, Origin: origin },
  })
  let answered = false
  const response = new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    request.once('response', (res) => {
      answered = true
      res.resume()
      res.once('end', () => resolve({ status: res.statusCode!, headers: res.headers }))
    })
    request.once('error', (error) => {
      answered = true
      reject(error)
    })
  })
  // Awaited by the test; a failure before that is its own report, not an unhandled rejection.
  response.catch(() => {})
  request.write(head)
  request.write(file.subarray(0, file.length / 2))
  return { response, answered: () => answered, finish: () => request.end(Buffer.concat([file.subarray(file.length / 2), tail])) }
}

/** Whether a new TCP connection to the port is refused. */
const connectionRefused = (port: number) => new Promise<boolean>((resolve) => {
  const socket = net.connect(port, '127.0.0.1')
  socket.once('connect', () => {
    socket.destroy()
    resolve(false)
  })
  socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
})

const storedRatings = async () =>
  (await t.payload.find({ collection: 'feedback', where: { path: { equals: '/servizi/' } }, overrideAccess: true })).docs.map((doc) => doc.rating)

describe('the public server on SIGTERM', () => {
  it('refuses new connections, closes idle ones, answers the upload in flight normally, then exits 0', async () => {
    const server = await startPublicServer(60)
    // An idle keep-alive connection, as a browser or a proxy keeps one.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const idle = await new Promise<net.Socket>((resolve, reject) => {
      const request = http.get(`${server.origin}/`, { agent }, (res) => {
        res.resume()
        res.once('end', () => resolve(request.socket!))
      }).once('error', reject)
    })
    const idleClosed = new Promise<void>((resolve) => idle.once('close', () => resolve()))

    const upload = slowUpload(server.origin)
    // The server has the request (headers and half the file) in flight.
    await server.holds(upload)

    server.child.kill('SIGTERM')
    await server.printed('SIGTERM: chiusura del server pubblico')
    expect(await connectionRefused(server.port)).toBe(true)
    await idleClosed
    expect(server.child.exitCode).toBeNull()

    upload.finish()
    const answer = await upload.response
    expect(answer.status).toBe(303)
    expect(answer.headers.location).toBe('/grazie-per-il-feedback/?pagina=%2Fservizi%2F')
    expect(answer.headers.connection).toBe('close')

    expect(await server.exited).toBe(0)
    expect(server.output()).not.toContain('uscita forzata')
    // The answer was not only sent: the feedback is in the database.
    expect(await storedRatings()).toEqual([5])
    agent.destroy()
  }, 120_000)

  it('exits anyway, with 1, once SPORTELLO_SHUTDOWN_GRACE_SECONDS have passed with a request still in flight', async () => {
    const server = await startPublicServer(1)
    const upload = slowUpload(server.origin)
    await server.holds(upload)
    server.child.kill('SIGTERM')
    // The upload never finishes: the bound cuts it.
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain('Richieste ancora in corso dopo 1 s: uscita forzata')
    await expect(upload.response).rejects.toThrow()
    expect(await storedRatings()).toEqual([5])
  }, 120_000)
})
