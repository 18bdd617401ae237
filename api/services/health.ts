/** The health report: the process is up; the database answered recently. */
export type Health = { status: 'ok' | 'degraded'; database: 'ok' | 'unreachable'; uptimeSeconds: number }

const recheckAfterMs = 5_000

/**
 * Health with a cached database probe: the probe runs at most every five seconds, in the
 * background, so load balancers can poll /api/health cheaply.
 */
export function createHealthService(probeDatabase: () => Promise<void>) {
  let databaseOk = true
  let checkedAt = 0
  let inFlight: Promise<void> | undefined

  const refresh = () => {
    inFlight ??= probeDatabase()
      .then(() => void (databaseOk = true), () => void (databaseOk = false))
      .finally(() => {
        checkedAt = Date.now()
        inFlight = undefined
      })
    return inFlight
  }

  return {
    /** Current health; waits for the first probe only. */
    async current(): Promise<Health> {
      if (checkedAt === 0) await refresh()
      else if (Date.now() - checkedAt > recheckAfterMs) void refresh()
      return {
        status: databaseOk ? 'ok' : 'degraded',
        database: databaseOk ? 'ok' : 'unreachable',
        uptimeSeconds: Math.round(process.uptime()),
      }
    },
  }
}

export type HealthService = ReturnType<typeof createHealthService>
