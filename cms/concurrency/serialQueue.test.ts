import { describe, expect, it } from 'vitest'

import { keyedSerialQueue, serialQueue } from './serialQueue'

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

describe('serial queues', () => {
  it('runs tasks in order of arrival, each caller getting its own result or error', async () => {
    const run = serialQueue()
    const order: number[] = []
    const first = run(async () => { await later(0, 20); order.push(1); throw new Error('primo') })
    const second = run(async () => { order.push(2); return 'secondo' })
    await expect(first).rejects.toThrow('primo')
    await expect(second).resolves.toBe('secondo')
    expect(order).toEqual([1, 2])
  })

  it('orders the tasks of one key and lets other keys run beside them', async () => {
    const run = keyedSerialQueue()
    const order: string[] = []
    const a1 = run('a', async () => { await later(0, 30); order.push('a1') })
    const a2 = run('a', async () => { order.push('a2') })
    const b1 = run('b', async () => { order.push('b1') })
    await Promise.all([a1, a2, b1])
    expect(order).toEqual(['b1', 'a1', 'a2'])
  })
})
