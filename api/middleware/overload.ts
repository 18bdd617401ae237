import type { MiddlewareHandler } from 'hono'

import { ApiError } from '../errors'

/** When the dynamic part of the public server refuses new requests (api/config.ts). */
export type OverloadLimits = {
  /** Requests of the dynamic part served at once. */
  maxInFlight: number
  /** Mean event-loop delay over the last sample (ms). */
  maxEventLoopDelayMs: number
}

/** What readiness reports of the process's load: GET /api/health/ready. */
export type LoadState = { inFlight: number; eventLoopDelayMs: number; saturated: boolean; draining: boolean }

/** How long a refused client should wait before trying again (the Retry-After header). */
export const overloadRetryAfterSeconds = 5
const overloadMessage = 'Il portale è molto carico in questo momento: riprova tra qualche secondo.'
const tickMs = 20

/**
 * The load of one process: requests in flight in the dynamic part, the event loop's delay, and
 * whether the process is draining (api/server.ts, on SIGTERM). `guard` refuses new requests at
 * once with a 503 and Retry-After when saturated, instead of letting them queue into time-outs.
 * The delay is how late a 20 ms timer fires, on average over the last `sampleMs`: one short pause
 * (GC, a big file) does not trip it, a loop busy turn after turn does.
 */
export function createLoadMonitor(limits: OverloadLimits, { sampleMs = 1000 } = {}) {
  let inFlight = 0
  let draining = false
  let eventLoopDelayMs = 0
  let late = { sum: 0, ticks: 0, since: performance.now() }
  let due = performance.now() + tickMs
  const sampler = setInterval(() => {
    const now = performance.now()
    late.sum += Math.max(0, now - due)
    late.ticks++
    due = now + tickMs
    if (now - late.since < sampleMs) return
    eventLoopDelayMs = late.sum / late.ticks
    late = { sum: 0, ticks: 0, since: now }
  }, tickMs)
  sampler.unref()

  const saturated = () => inFlight >= limits.maxInFlight || eventLoopDelayMs > limits.maxEventLoopDelayMs

  const guard: MiddlewareHandler = async (_, next) => {
    if (saturated()) throw new ApiError('unavailable', overloadMessage, [], overloadRetryAfterSeconds)
    inFlight++
    try {
      await next()
    } finally {
      inFlight--
    }
  }

  return {
    guard,
    /** Load and drain state now. */
    state: (): LoadState => ({ inFlight, eventLoopDelayMs: Math.round(eventLoopDelayMs), saturated: saturated(), draining }),
    /** From now on readiness answers 503: the process is about to stop. */
    startDraining: () => void (draining = true),
    /** Stops sampling the event loop. */
    close: () => clearInterval(sampler),
  }
}

export type LoadMonitor = ReturnType<typeof createLoadMonitor>
