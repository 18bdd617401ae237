import { describe, expect, it } from 'vitest'

import type { QuotaStore, StoredUpload } from '../data/quotas'
import { ApiError } from '../errors'
import { checkUpload, takeContactEmail, type CitizenQuotas } from './quotas'

const MB = 1024 * 1024
const now = new Date('2026-12-02T12:00:00Z')
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString()
const limits = { openDrafts: 20, uploadBytesPerDay: 200 * MB, contactEmailsPerHour: 5 }

/** Quotas over records held in memory, as the database would return them. */
function quotasWith(uploads: StoredUpload[], times: Record<string, string[]> = {}): CitizenQuotas {
  const store: QuotaStore = {
    countOpenDrafts: async () => 0,
    uploadsSince: async (_, since) => uploads.filter((u) => new Date(u.createdAt) > since),
    readTimes: async (key) => times[key] ?? [],
    writeTimes: async (key, value) => void (times[key] = value),
  }
  return { store, limits }
}
const refusal = (promise: Promise<unknown>) => promise.then(() => { throw new Error('accettato') }, (error: ApiError) => error)

describe('the daily upload quota', () => {
  it('counts only the last 24 hours and lets the day’s bytes be used to the last one', async () => {
    const quotas = quotasWith([{ size: 150 * MB, createdAt: hoursAgo(25) }, { size: 150 * MB, createdAt: hoursAgo(2) }])
    await expect(checkUpload(quotas, 1, 50 * MB, now)).resolves.toBeUndefined()
  })

  it('says when enough of the oldest uploads leave the window for this one to fit', async () => {
    const quotas = quotasWith([{ size: 100 * MB, createdAt: hoursAgo(20) }, { size: 90 * MB, createdAt: hoursAgo(3) }])
    const error = await refusal(checkUpload(quotas, 1, 20 * MB, now))
    expect(error.status).toBe(429)
    expect(error.retryAfterSeconds).toBe(4 * 3600)
    expect(error.message).toBe('Hai già caricato 190 MB di allegati nelle ultime 24 ore (il limite è 200 MB): potrai caricarne altri tra circa 4 ore.')
  })

  it('refuses at once a batch larger than a whole day’s bytes', async () => {
    const error = await refusal(checkUpload(quotasWith([]), 1, 201 * MB, now))
    expect(error.message).toBe('Gli allegati superano il limite di 200 MB al giorno: riducine la dimensione.')
  })
})

describe('the hourly contact-email quota', () => {
  it('forgets emails older than an hour and frees a slot when the oldest of the hour turns one hour old', async () => {
    const times = { 'quota:conferma-email:7': [hoursAgo(1.5), hoursAgo(0.75), hoursAgo(0.5), hoursAgo(0.25), hoursAgo(0.1)] }
    const quotas = quotasWith([], times)
    await takeContactEmail(quotas, 7, now)
    expect(times['quota:conferma-email:7']).toHaveLength(5)
    const error = await refusal(takeContactEmail(quotas, 7, now))
    expect(error.retryAfterSeconds).toBe(15 * 60)
    expect(error.message).toBe('Hai chiesto 5 email di conferma nell’ultima ora: potrai chiederne un’altra tra 15 minuti.')
    await expect(takeContactEmail(quotas, 8, now)).resolves.toBeUndefined()
  })
})
