import type { MiddlewareHandler } from 'hono'

import { ApiError } from '../errors'

/** When the dynamic part of the public server refuses new requests (api/config.ts). */
export type OverloadLimits = {
  /** Requests of the dynamic part served at once. */
  maxInFlight: number
  /** Event-loop delay (ms): the median lateness of the last five ticks of a 20 ms timer. */
  maxEventLoopDelayMs: number
}

/** What readiness reports of the process's load: GET /api/health/ready. */
export type LoadState = { inFlight: number; eventLoopDelayMs: number; saturated: boolean; draining: boolean }

/** How long a refused client should wait before trying again (the Retry-After header). */
export const overloadRetryAfterSeconds = 5
const overloadMessage = 'Il portale è molto carico in questo momento: riprova tra qualche secondo.'
const tickMs = 20
const ticksKept = 5

/**
 * The load of one process: requests in flight in the dynamic part, the event loop's delay, and
 * whether the process is draining (api/server.ts, on SIGTERM). `guard` refuses new requests at
 * once with a 503 and Retry-After when saturated, instead of letting them queue into time-outs.
 * The delay is the median lateness of the last five ticks of a 20 ms timer: one long pause (GC,
 * a big file, a key generated) does not trip it, a loop late turn after turn does.
 */
export function createLoadMonitor(limits: OverloadLimits) {
  let inFlight = 0
  let draining = false
  const lateness = new Array<number>(ticksKept).fill(0)
  let tick = 0
  let due = performance.now() + tickMs
  const sampler = setInterval(() => {
    const now = performance.now()
    lateness[tick++ % ticksKept] = Math.max(0, now - due)
    due = now + tickMs
  }, tickMs)
  sampler.unref()
  const eventLoopDelayMs = () => [...lateness].sort((a, b) => a - b)[Math.floor(ticksKept / 2)]!

  const saturated = () => inFlight >= limits.maxInFlight || eventLoopDelayMs() > limits.maxEventLoopDelayMs

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
    state: (): LoadState => ({ inFlight, eventLoopDelayMs: Math.round(eventLoopDelayMs()), saturated: saturated(), draining }),
    /** From now on readiness answers 503: the process is about to stop. */
    startDraining: () => void (draining = true),
    /** Stops sampling the event loop. */
    close: () => clearInterval(sampler),
  }
}

export type LoadMonitor = ReturnType<typeof createLoadMonitor>
