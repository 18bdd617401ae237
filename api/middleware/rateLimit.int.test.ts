// The API's rate limits shared through Redis by every copy of the public server, and per process
// while Redis is unreachable. Real Redis (testRedisUrl), keys under a prefix of this run's own.
import { randomUUID } from 'node:crypto'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest'

import { closeRedisConnections, redisConnection } from '../../cms/limits/redis'
import { connectionReady, removeRunKeys, startRedisRelay, testLimitPrefix, testRedisUrl } from '../../cms/testing/testRedis'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { createApp } from '../app'
import { loadConfig } from '../config'

let t: TestPayload
const prefix = testLimitPrefix()

beforeAll(async () => {
  t = await startTestPayload()
}, 120_000)
afterEach(async () => {
  vi.restoreAllMocks()
  await closeRedisConnections()
})
afterAll(async () => {
  const keys = await removeRunKeys(prefix)
  await t?.cleanup()
  // Named by the limit, and no client address in clear (here the in-process requests' 'unknown').
  expect(keys.length).toBeGreaterThan(0)
  for (const key of keys) expect(key).toMatch(new RegExp(`^${prefix}[\\w-]+:accesso:[0-9a-f]{64}$`))
})

const limit = 4
/**
 * Two copies of the public server behind one load balancer, each with its own memory: the limits in
 * the Redis at `redisUrl` (none: per process), under a key prefix of this test's own.
 */
function twoServers(redisUrl?: string) {
  const config = loadConfig({
    SPORTELLO_SITE_DIR: t.dataDir, SPORTELLO_PUBLIC_URL: 'http://localhost:3000', SPORTELLO_MAP_TILES: 'off',
    SPORTELLO_LOGIN_RATE_LIMIT: String(limit), ...(redisUrl ? { SPORTELLO_REDIS_URL: redisUrl } : {}),
  })
  const limitKeyPrefix = `${prefix}${randomUUID()}:`
  return [createApp({ config, payload: t.payload, limitKeyPrefix }), createApp({ config, payload: t.payload, limitKeyPrefix })] as const
}
type App = ReturnType<typeof twoServers>[0]

/** Starts a login (no identity provider here: past the limit the answer is 503, over it 429). */
const logIn = (app: App) => app.request('/api/auth/login', { headers: { accept: 'application/json' } })
/** The statuses of `count` logins, one after the other. */
async function statuses(app: App, count: number): Promise<number[]> {
  const answers: number[] = []
  for (let i = 0; i < count; i++) answers.push((await logIn(app)).status)
  return answers
}
const served = (count: number) => Array<number>(count).fill(503)

/** The lines the limits wrote to the error log so far. */
const limitLog = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((call) => String(call[0])).filter((line) => line.startsWith('[limiti]'))

describe('rate limits with Redis', () => {
  it('count across every copy of the server: two servers together get the limit once', async () => {
    const [a, b] = twoServers(testRedisUrl())
    await connectionReady(redisConnection(testRedisUrl()))
    expect(await statuses(a, 2)).toEqual(served(2))
    expect(await statuses(b, 2)).toEqual(served(2))
    const refused = await logIn(a)
    expect(refused.status).toBe(429)
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited', message: 'Troppe richieste: attendi qualche minuto e riprova.' } })
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('ratelimit-policy')).toBe(`${limit};w=600`)
    expect(refused.headers.get('ratelimit')).toMatch(new RegExp(`^limit=${limit}, remaining=0, reset=\\d+$`))
    expect((await logIn(b)).status).toBe(429)
  })

  it('without Redis count per process: each of two servers gets the whole limit', async () => {
    const [a, b] = twoServers()
    expect(await statuses(a, limit + 1)).toEqual([...served(limit), 429])
    expect(await statuses(b, limit + 1)).toEqual([...served(limit), 429])
  })

  it('tell each answer how many requests are left', async () => {
    const [app] = twoServers(testRedisUrl())
    await connectionReady(redisConnection(testRedisUrl()))
    const first = await logIn(app)
    expect(first.headers.get('ratelimit')).toMatch(new RegExp(`^limit=${limit}, remaining=${limit - 1}, reset=\\d+$`))
  })

  it('with Redis unreachable keep serving, refuse the excess per process, and say so in the log once', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const closedPort = 'redis://127.0.0.1:6390'
    const [a, b] = twoServers(closedPort)
    const redis = redisConnection(closedPort)
    // Several failed attempts to connect, each of which could have been logged.
    await vi.waitFor(() => expect(redis.status).toBe('reconnecting'))
    for (let attempt = 0; attempt < 3; attempt++) await new Promise((resolve) => redis.once('reconnecting', resolve))
    expect(await statuses(a, limit + 1)).toEqual([...served(limit), 429])
    expect(await statuses(b, limit + 1)).toEqual([...served(limit), 429])
    expect(limitLog(errors)).toEqual(['[limiti] Redis (127.0.0.1:6390) non raggiungibile (ECONNREFUSED): finché non torna, ogni processo conta i limiti per conto suo.'])
  })

  it('share the counts again once Redis is back, and log its going and its return once each', async () => {
    await withRelay(async ({ relay, redis, a, b, errors }) => {
      await relay.stop()
      await vi.waitFor(() => expect(limitLog(errors)).toHaveLength(1))
      // Down: counted in the memory of the server that took it, and served.
      expect(await statuses(a, 1)).toEqual(served(1))

      await relay.start()
      await connectionReady(redis)
      expect(limitLog(errors)).toHaveLength(2)
      expect(limitLog(errors)[1]).toMatch(/^\[limiti\] Redis \(127\.0\.0\.1:\d+\) di nuovo raggiungibile/)
      // Shared again: Redis has 1 (before the outage); B's 3 make 4, so A's next is over the limit,
      // though A's own memory holds only 1.
      expect(await statuses(b, 3)).toEqual(served(3))
      expect((await logIn(a)).status).toBe(429)
    })
  })

  it('take a Redis that stops answering for gone: each request waits at most the command timeout, and the log says it went and came back', async () => {
    await withRelay(async ({ relay, redis, a, b, errors }) => {
      relay.hold()
      // The connection is still open: this request waits for its command to time out, then counts in memory.
      expect(await statuses(a, 1)).toEqual(served(1))
      await vi.waitFor(() => expect(limitLog(errors)).toHaveLength(1), { timeout: 15_000, interval: 100 })
      expect(limitLog(errors)[0]).toMatch(/^\[limiti\] Redis \(127\.0\.0\.1:\d+\) non raggiungibile \(nessuna risposta entro 500 ms\)/)
      // Found out: no more waiting, counted in memory at once.
      expect(await statuses(b, 1)).toEqual(served(1))

      relay.release()
      await connectionReady(redis)
      expect(limitLog(errors)).toHaveLength(2)
      expect(limitLog(errors)[1]).toMatch(/di nuovo raggiungibile/)
      // Redis holds only the request made before (the one during the silence was lost): B's 3 make 4,
      // so A's next is over the limit, though A's own memory holds only 1.
      expect(await statuses(b, 3)).toEqual(served(3))
      expect((await logIn(a)).status).toBe(429)
    })
  })
})

/**
 * Two servers counting through a relay in front of Redis (which the test stops, starts or holds), one request already
 * counted on A; the relay stopped and the connections closed afterwards.
 */
async function withRelay(test: (run: { relay: Awaited<ReturnType<typeof startRedisRelay>>; redis: ReturnType<typeof redisConnection>; a: ReturnType<typeof twoServers>[0]; b: ReturnType<typeof twoServers>[1]; errors: MockInstance }) => Promise<void>) {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  const relay = await startRedisRelay()
  try {
    const [a, b] = twoServers(relay.url())
    const redis = redisConnection(relay.url())
    await connectionReady(redis)
    expect(await statuses(a, 1)).toEqual(served(1))
    await test({ relay, redis, a, b, errors })
  } finally {
    await closeRedisConnections()
    await relay.stop()
  }
}
