import autocannon from 'autocannon'

/** Throughput and tail latency of one endpoint under load. */
export type LoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }

/** Drives `url` with `connections` keep-alive clients for `seconds`, after a short warm-up. */
export async function measureLoad(url: string, headers: Record<string, string>, seconds = 10, connections = 32): Promise<LoadResult> {
  await autocannon({ url, headers, connections, duration: Math.min(2, seconds) })
  const result = await autocannon({ url, headers, connections, duration: seconds })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  }
}
