// A browser's push service in miniature, for tests and the bench: a loopback HTTP server that keeps
// what it receives, and the subscription a browser would hand out for it (its own ECDH P-256 key
// pair and auth secret, as PushManager.subscribe() makes them). It decrypts nothing itself: tests
// do that with the keys, the way a browser would (push/decrypt.ts).
import { createECDH, randomBytes, type ECDH } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { BrowserSubscription } from './send'

/** A request the push service received. */
export type ReceivedPush = { path: string; headers: IncomingHttpHeaders; body: Buffer }

/** A running receiver: its subscriptions, what it got, how to answer next, how to stop. */
export type TestPushReceiver = {
  origin: string
  received: ReceivedPush[]
  /** A new browser's subscription at this receiver, with the private key only the browser keeps. */
  subscribe: () => { subscription: BrowserSubscription; browser: ECDH; authSecret: Buffer }
  /** The status (and headers) of the next answers; 201 unless told. */
  answerWith: (status: number, headers?: Record<string, string>) => void
  /** Answers each request as `answer` decides from its number (1, 2, …): the bench's injected failures. */
  answerBy: (answer: (requestNumber: number) => number) => void
  close: () => Promise<void>
}

/** Starts a receiver on 127.0.0.1 (a free port); resolves once it listens. */
export async function startTestPushReceiver(): Promise<TestPushReceiver> {
  const received: ReceivedPush[] = []
  let answer = { status: 201, headers: {} as Record<string, string> }
  let statusOf: ((requestNumber: number) => number) | null = null
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks) })
      res.writeHead(statusOf ? statusOf(received.length) : answer.status, statusOf ? {} : answer.headers).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    received,
    subscribe: () => {
      const browser = createECDH('prime256v1')
      browser.generateKeys()
      const authSecret = randomBytes(16)
      const endpoint = `${origin}/push/${randomBytes(12).toString('base64url')}`
      return { browser, authSecret, subscription: { endpoint, keys: { p256dh: browser.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') } } }
    },
    answerWith: (status, headers = {}) => {
      answer = { status, headers }
      statusOf = null
    },
    answerBy: (decide) => void (statusOf = decide),
    close: () => new Promise<void>((done) => {
      server.close(() => done())
      server.closeAllConnections()
    }),
  }
}
