import type { Payload } from 'payload'

/**
 * The publisher: one loop that runs due jobs of every queue — site rebuilds and the scheduled
 * publications of news and events — one batch at a time. Rebuilds are exclusive (see
 * publishSiteTask), so even several publishers never build at once.
 */
export function startPublisherLoop(payload: Payload, { intervalMs = 200 } = {}) {
  let stopped = false
  let wake: (() => void) | undefined
  const done = (async () => {
    while (!stopped) {
      try {
        // handleSchedules: the jobs staff scheduled (publish/unpublish at a date) become due here too.
        await payload.jobs.run({ allQueues: true, limit: 10, silent: { info: true } })
      } catch (error) {
        payload.logger.error({ msg: 'Errore nell’esecuzione dei lavori in coda', err: error })
      }
      await new Promise<void>((resolve) => {
        wake = resolve
        setTimeout(resolve, intervalMs)
      })
    }
  })()
  return {
    /** Finishes the running job (a build is never cut in half), then stops. */
    async stop(): Promise<void> {
      stopped = true
      wake?.()
      await done
    },
  }
}
