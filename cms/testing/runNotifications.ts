import type { Payload } from 'payload'

import { notificationQueue } from '../notifications/delivery/queue'

/** Runs the notification queue until nothing is due, as the publisher would: what a test then reads was delivered. */
export async function runNotifications(payload: Payload): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const { noJobsRemaining } = await payload.jobs.run({ queue: notificationQueue, limit: 100, silent: true })
    if (noJobsRemaining) return
  }
}
