import { describe, expect, it } from 'vitest'

import { reusedFor, versionedCache } from './versionedCache'

describe('versionedCache', () => {
  it('builds an answer once per version and key, and forgets older versions', async () => {
    const cache = versionedCache<string>()
    let builds = 0
    const build = (value: string) => async () => `${value}-${++builds}`
    expect(await cache.get('v1', 'a', build('a'))).toBe('a-1')
    expect(await cache.get('v1', 'a', build('a'))).toBe('a-1')
    expect(await cache.get('v2', 'a', build('a'))).toBe('a-2')
    expect(await cache.get('v1', 'a', build('a'))).toBe('a-3')
  })

  it('does not keep a failed build', async () => {
    const cache = versionedCache<string>()
    await expect(cache.get('v1', 'a', async () => Promise.reject(new Error('giù')))).rejects.toThrow('giù')
    expect(await cache.get('v1', 'a', async () => 'ok')).toBe('ok')
  })
})

describe('reusedFor', () => {
  it('asks once for concurrent callers within the time, and every time with 0', async () => {
    let reads = 0
    const read = async () => ++reads
    const reused = reusedFor(read, 60_000)
    expect(await Promise.all([reused(), reused(), reused()])).toEqual([1, 1, 1])
    const always = reusedFor(read, 0)
    expect([await always(), await always()]).toEqual([2, 3])
  })
})
