// Redis killed and started again while two copies of the public server are under steady load: no
// request fails or hangs, the limits count per process while Redis is gone and are shared again once
// it is back (neither server restarted), and the log says so once each way. A Redis server of this
// test's own on a free port (the shared one must never stop), real HTTP servers on loopback.
import type { AddressInfo } from 'node:net'

import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest'

import { closeRedisConnections } from '../../cms/limits/redis'
import { startOwnRedis } from '../../cms/testing/testRedis'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { startTestIdentityProvider, type RunningTestIdentityProvider } from '../standins/identityProvider/server'
import { freePort } from '../testing/freePort'
import { unshedLoad } from '../testing/loadLimits'

const limit = 4
const origin = 'http://localhost:3000'
const callback = `${origin}/api/auth/callback`
const clientSecret = 'segreto-del-client-di-prova-per-i-test'
/** Longer than any answer may take: the command timeout (500 ms) is what a request waits for Redis at most. */
const hangBoundMs = 5_000

let t: TestPayload
let idp: RunningTestIdentityProvider
let redis: Awaited<ReturnType<typeof startOwnRedis>>
let redisPort: number
let servers: ServerType[] = []
let a: string
let b: string
let errors: MockInstance

beforeAll(async () => {
  t = await startTestPayload()
  idp = await startTestIdentityProvider({ port: 0, client: { clientId: 'sportello', clientSecret, redirectUris: [callback], postLogoutRedirectUris: [`${origin}/`] } })
  redisPort = await freePort()
  redis = await startOwnRedis(redisPort)
  errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  // Two URLs of the same Redis, so each server has a connection of its own and finds out about the
  // outage and the return by itself, as two processes would.
  a = await startServer(redis.url)
  b = await startServer(`${redis.url}/0`)
}, 120_000)
afterAll(async () => {
  for (const server of servers) {
    server.close()
    if ('closeAllConnections' in server) server.closeAllConnections()
  }
  await closeRedisConnections()
  await redis?.kill()
  await idp?.close()
  await t?.cleanup()
  vi.restoreAllMocks()
})

/** One copy of the public server on a loopback port, behind one proxy (the client is the last X-Forwarded-For entry), counting its limits in the Redis at `redisUrl`. */
async function startServer(redisUrl: string): Promise<string> {
  const config = loadConfig({
    SPORTELLO_DEMO: '1', SPORTELLO_SITE_DIR: t.dataDir, SPORTELLO_PUBLIC_URL: origin, SPORTELLO_MAP_TILES: 'off',
    SPORTELLO_OIDC_ISSUER: idp.url, SPORTELLO_OIDC_CLIENT_SECRET: clientSecret, SPORTELLO_OIDC_REDIRECT_URI: callback,
    SPORTELLO_LOGIN_RATE_LIMIT: String(limit), SPORTELLO_TRUSTED_PROXIES: '1', SPORTELLO_REDIS_URL: redisUrl,
    // The overload guard has its own tests (overload.int.test.ts): the load here must not be shed.
    SPORTELLO_MAX_IN_FLIGHT: '1000', ...unshedLoad,
  })
  const app = createApp({ config, payload: t.payload })
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`))
    servers.push(server)
  })
}

/** Starts a login from `client` (behind our proxy): 302 to the identity provider, 429 past the limit. */
const logIn = (server: string, client: string) => fetch(`${server}/api/auth/login`, {
  redirect: 'manual', headers: { accept: 'application/json', 'x-forwarded-for': client }, signal: AbortSignal.timeout(hangBoundMs),
})
/** The statuses of `count` logins from `client`, one after the other. */
async function statuses(server: string, client: string, count: number): Promise<number[]> {
  const answers: number[] = []
  for (let i = 0; i < count; i++) {
    const res = await logIn(server, client)
    await res.arrayBuffer()
    answers.push(res.status)
  }
  return answers
}
const served = (count: number) => Array<number>(count).fill(302)

/** Expects the next login of `client` on `server` refused: 429, Retry-After and the Italian message. */
async function expectRefused(server: string, client: string) {
  const refused = await logIn(server, client)
  expect(refused.status).toBe(429)
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited', message: 'Troppe richieste: attendi qualche minuto e riprova.' } })
}

/**
 * Steady load on both servers, `concurrency` requests at a time until stopped (at most `max`): by
 * turns a login, each from a client address never seen before (so counted, never refused), and the
 * liveness check. Any other answer, a 5xx, an error or a request past hangBoundMs is a failure.
 */
function startLoad(concurrency = 24, max = 50_000) {
  const expected = { '/api/auth/login': 302, '/api/health': 200 } as const
  const failures: string[] = []
  const answered = { '/api/auth/login': 0, '/api/health': 0 }
  let sent = 0
  let stopping = false
  const worker = async () => {
    while (!stopping && sent < max) {
      const n = sent++
      const path = n % 2 ? '/api/auth/login' : '/api/health'
      const server = Math.floor(n / 2) % 2 ? b : a
      const client = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
      try {
        const res = await fetch(`${server}${path}`, { redirect: 'manual', headers: { accept: 'application/json', 'x-forwarded-for': client }, signal: AbortSignal.timeout(hangBoundMs) })
        await res.arrayBuffer()
        if (res.status === expected[path]) answered[path]++
        else failures.push(`${path}: ${res.status}`)
      } catch (error) {
        failures.push(`${path}: ${(error as Error).name} ${(error as Error).message}`)
      }
    }
  }
  const workers = Array.from({ length: concurrency }, worker)
  return {
    failures,
    /** Requests answered as expected so far, by path. */
    answered: () => ({ ...answered }),
    stop: async () => {
      stopping = true
      await Promise.all(workers)
    },
  }
}

/** The lines the limits wrote to the error log so far. */
const limitLog = () => errors.mock.calls.map((call) => String(call[0])).filter((line) => line.startsWith('[limiti]'))
const goneLine = () => new RegExp(`^\\[limiti\\] Redis \\(127\\.0\\.0\\.1:${redisPort}\\) non raggiungibile \\(.+\\): finché non torna, ogni processo conta i limiti per conto suo\\.$`)
const backLine = () => `[limiti] Redis (127.0.0.1:${redisPort}) di nuovo raggiungibile: i limiti sono di nuovo condivisi.`

describe('Redis killed and started again under load', () => {
  it('keeps both servers answering, counts per process while Redis is gone, and shares the limits again once it is back', async () => {
    const load = startLoad()
    try {
      // Shared: two logins on each server make the limit, and both refuse the fifth.
      await vi.waitFor(() => expect(load.answered()['/api/auth/login']).toBeGreaterThan(100), { timeout: 20_000, interval: 50 })
      expect(await statuses(a, '203.0.113.1', limit / 2)).toEqual(served(limit / 2))
      expect(await statuses(b, '203.0.113.1', limit / 2)).toEqual(served(limit / 2))
      await expectRefused(a, '203.0.113.1')
      await expectRefused(b, '203.0.113.1')
      expect(limitLog()).toEqual([])

      await redis.kill()
      await vi.waitFor(() => expect(limitLog()).toHaveLength(2), { timeout: 10_000, interval: 50 })
      for (const line of limitLog()) expect(line).toMatch(goneLine())
      const beforeOutage = load.answered()
      // Gone: each server counts in its own memory, so each gives a client the whole limit, and refuses the excess.
      expect(await statuses(a, '203.0.113.2', limit)).toEqual(served(limit))
      await expectRefused(a, '203.0.113.2')
      expect(await statuses(b, '203.0.113.2', limit)).toEqual(served(limit))
      await expectRefused(b, '203.0.113.2')
      // The load kept being served while Redis was gone.
      await vi.waitFor(() => expect(load.answered()['/api/auth/login']).toBeGreaterThan(beforeOutage['/api/auth/login'] + 100), { timeout: 20_000, interval: 50 })
      expect(load.answered()['/api/health']).toBeGreaterThan(beforeOutage['/api/health'])

      // Back on the same port, empty: each server's connection finds it again by itself.
      await redis.start()
      await vi.waitFor(() => expect(limitLog()).toHaveLength(4), { timeout: 15_000, interval: 50 })
      expect(limitLog().slice(2)).toEqual([backLine(), backLine()])
      const afterReturn = load.answered()
      // Shared again: half the limit on each server, and both refuse the next as one.
      expect(await statuses(a, '203.0.113.3', limit / 2)).toEqual(served(limit / 2))
      expect(await statuses(b, '203.0.113.3', limit / 2)).toEqual(served(limit / 2))
      await expectRefused(a, '203.0.113.3')
      await expectRefused(b, '203.0.113.3')
      await vi.waitFor(() => expect(load.answered()['/api/auth/login']).toBeGreaterThan(afterReturn['/api/auth/login'] + 100), { timeout: 20_000, interval: 50 })
    } finally {
      await load.stop()
    }
    // Not one request failed, answered 5xx or waited past the bound, through the outage and the return.
    expect({ failed: load.failures.length, first: load.failures.slice(0, 10) }).toEqual({ failed: 0, first: [] })
    // Once each way per server, and never a client address in the log.
    expect(limitLog()).toHaveLength(4)
    for (const call of errors.mock.calls) expect(String(call[0])).not.toMatch(/\b(?:10|203)\.\d+\.\d+\.\d+\b/)
  }, 60_000)
})
