import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import autocannon from 'autocannon'

/** Throughput and tail latency of one endpoint under load. */
export type LoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }

/** Debian's wrk (package `wrk`): a load generator in C, one thread on epoll. */
const wrkPath = '/usr/bin/wrk'

/**
 * The load generator of `measureLoad(…, { wrk: true })`: Debian's wrk when installed, else autocannon.
 * SPORTELLO_BENCH_LOAD=autocannon chooses autocannon anyway (to compare with figures taken with it).
 */
export const loadGenerator = (): 'wrk' | 'autocannon' => (process.env.SPORTELLO_BENCH_LOAD !== 'autocannon' && existsSync(wrkPath) ? 'wrk' : 'autocannon')

/**
 * Drives `url` with `connections` keep-alive clients for `seconds`, after a short warm-up. autocannon runs in this
 * Node process, and at ten thousand requests/s it needs most of a core: on a 2-core machine it takes that from the
 * server it measures. `wrk`: drive with wrk instead, when installed (loadGenerator), as bench/me.ts does for its tail.
 * `warmupSeconds` of load first, not measured.
 */
export async function measureLoad(url: string, headers: Record<string, string>, seconds = 10, connections = 32, { wrk = false, warmupSeconds = 2 } = {}): Promise<LoadResult> {
  if (wrk && loadGenerator() === 'wrk') {
    await runWrk(url, headers, warmupSeconds, connections)
    return runWrk(url, headers, seconds, connections)
  }
  await autocannon({ url, headers, connections, duration: warmupSeconds })
  const result = await autocannon({ url, headers, connections, duration: seconds })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  }
}

// wrk's `done` hook, in its Lua: the figures as one JSON line (latencies in microseconds), instead of its text report.
const wrkReport = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"socketErrors":%d,"timeouts":%d,"non2xx":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write, e.timeout, e.status))
end
`
let wrkScript: string | undefined

async function runWrk(url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<LoadResult> {
  if (!wrkScript) {
    wrkScript = path.join(mkdtempSync(path.join(tmpdir(), 'sportello-wrk-')), 'report.lua')
    writeFileSync(wrkScript, wrkReport)
  }
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', wrkScript]
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
  const { stdout } = await promisify(execFile)(wrkPath, [...args, url], { maxBuffer: 1 << 20 })
  const line = stdout.trim().split('\n').at(-1) ?? ''
  const r = JSON.parse(line) as { requests: number; durationUs: number; p50Us: number; p99Us: number; socketErrors: number; timeouts: number; non2xx: number }
  return {
    requestsPerSecond: Math.round(r.requests / (r.durationUs / 1e6)),
    p50Ms: Math.round(r.p50Us / 100) / 10,
    p99Ms: Math.round(r.p99Us / 100) / 10,
    errors: r.socketErrors + r.timeouts,
    non2xx: r.non2xx,
  }
}
