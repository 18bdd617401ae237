/** How one kind of call fared: how many, how long the phase took, throughput and latency percentiles. */
export type PhaseResult = { calls: number; seconds: number; perSecond: number; p50Ms: number; p99Ms: number; latenciesMs: number[] }

/** Runs `work` on every item with at most `concurrency` at once; stops taking new items once `stop()` is true. */
export async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>, stop = () => false): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length && !stop()) {
      const index = next++
      await work(items[index]!, index)
    }
  }))
}

/** Times `call` on every item, `concurrency` at a time; latencies are kept in item order. */
export async function timedPhase<T>(items: readonly T[], concurrency: number, call: (item: T, index: number) => Promise<void>): Promise<PhaseResult> {
  const latenciesMs: number[] = new Array(items.length)
  const started = performance.now()
  await inPool(items, concurrency, async (item, index) => {
    const t0 = performance.now()
    await call(item, index)
    latenciesMs[index] = performance.now() - t0
  })
  const seconds = (performance.now() - started) / 1000
  return { calls: items.length, seconds, perSecond: items.length / seconds, p50Ms: percentile(latenciesMs, 50), p99Ms: percentile(latenciesMs, 99), latenciesMs }
}

/** The p-th percentile (nearest rank) of a list of milliseconds. */
export function percentile(valuesMs: number[], p: number): number {
  const sorted = [...valuesMs].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}
