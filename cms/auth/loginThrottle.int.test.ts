// The staff sign-in throttle counting in Redis, shared by every admin process, and per process while
// Redis is unreachable. Real Redis (testRedisUrl), keys under a prefix of this run's own. The
// throttle through the admin's REST API, in memory and in PostgreSQL, is in signIn.int.test.ts.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'

import { closeRedisConnections, redisConnection } from '../limits/redis'
import { defaultLimitPrefix, limitKey, limitStore } from '../limits/sharedLimiter'
import { startTestPayload } from '../testing/testPayload'
import { connectionReady, removeRunKeys, testLimitPrefix, testRedisUrl } from '../testing/testRedis'
import { loginThrottle, throttleIn } from './loginThrottle'

const prefix = testLimitPrefix()
afterEach(async () => {
  vi.restoreAllMocks()
  await closeRedisConnections()
})
afterAll(async () => {
  const keys = await removeRunKeys(prefix)
  // Nothing in clear: neither the account nor the address is in a key.
  expect(keys.length).toBeGreaterThan(0)
  for (const key of keys) expect(key).not.toMatch(/comune\.test|198\.51\.100/)
})

/** Five wrong attempts of one account from one address, then the sixth. */
async function attempts(throttles: ReturnType<typeof throttleIn>[], account: string, address: string): Promise<boolean[]> {
  const answers: boolean[] = []
  for (let i = 0; i < 6; i++) answers.push(await throttles[i % throttles.length]!.attempt(account, address))
  return answers
}
const fiveThenRefused = [true, true, true, true, true, false]

describe('sign-in throttle with Redis', () => {
  it('counts the attempts made on two admin processes together', async () => {
    const store = limitStore(testRedisUrl(), prefix)
    await connectionReady(store.redis!)
    const [one, two] = [throttleIn(store), throttleIn(store)]
    expect(await attempts([one, two], 'editor@comune.test', '198.51.100.7')).toEqual(fiveThenRefused)
    expect(await two.attempt('editor@comune.test', '198.51.100.7')).toBe(false)
    // A success on one process forgets the account's failures on both.
    for (let i = 0; i < 4; i++) await one.attempt('editor@comune.test', '198.51.100.8')
    await two.succeeded('editor@comune.test', '198.51.100.8')
    expect(await attempts([one, two], 'editor@comune.test', '198.51.100.8')).toEqual(fiveThenRefused)
  })

  it('is the admin’s throttle when SPORTELLO_REDIS_URL is set, whatever the database', async () => {
    process.env.SPORTELLO_REDIS_URL = testRedisUrl()
    const t = await startTestPayload()
    const redis = redisConnection(testRedisUrl())
    const account = `${testLimitPrefix()}@comune.test`
    const key = `${defaultLimitPrefix}account:${limitKey(`${account}\n198.51.100.10`)}`
    // The address's own count, under the portal's prefix too: deleted after, so that runs never add up.
    const addressKey = `${defaultLimitPrefix}address:${limitKey('198.51.100.10')}`
    try {
      await connectionReady(redis)
      expect(await attempts([loginThrottle(t.payload)], account, '198.51.100.10')).toEqual(fiveThenRefused)
      expect(Number(await redis.get(key))).toBeGreaterThanOrEqual(5)
    } finally {
      await redis.del(key, addressKey)
      delete process.env.SPORTELLO_REDIS_URL
      await t.cleanup()
    }
  }, 120_000)

  it('with Redis unreachable still throttles, per process, and says so in the log once', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const store = limitStore('redis://127.0.0.1:6390', prefix)
    await vi.waitFor(() => expect(store.redis!.status).toBe('reconnecting'))
    const [one, two] = [throttleIn(store), throttleIn(store)]
    expect(await attempts([one], 'editor@comune.test', '198.51.100.9')).toEqual(fiveThenRefused)
    // The other process has counted nothing of it.
    expect(await two.attempt('editor@comune.test', '198.51.100.9')).toBe(true)
    expect(errors.mock.calls.map((call) => String(call[0])).filter((line) => line.startsWith('[limiti]'))).toHaveLength(1)
  })
})
