import type { QuotaStore } from '../data/quotas'
import { ApiError } from '../errors'
import { bytesPerMegabyte } from './attachments/limits'

/** What one citizen may do (api/config.ts sets them). */
export type QuotaLimits = {
  /** Applications in draft at the same time. */
  openDrafts: number
  /** Attachment bytes stored in any 24 hours. */
  uploadBytesPerDay: number
  /** Emails confirming a new contact address in any hour. */
  contactEmailsPerHour: number
}

/** The limits and the records they are counted from. */
export type CitizenQuotas = { store: QuotaStore; limits: QuotaLimits }

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour

/**
 * Refuses a new draft when the citizen already has as many as allowed. Counted, not locked: a burst
 * of parallel requests can each pass the count, so the limit can be exceeded by that burst, once.
 */
export async function checkNewDraft({ store, limits }: CitizenQuotas, citizenId: number): Promise<void> {
  const open = await store.countOpenDrafts(citizenId)
  if (open < limits.openDrafts) return
  // Only the citizen frees a slot, by submitting or deleting a draft: nothing to wait for, so no quick retry.
  throw new ApiError('quota_exceeded', `Hai già ${open} domande in bozza: completa o elimina una bozza prima di iniziarne un’altra.`, [], hour / 1000)
}

/** Refuses `bytes` more of attachments when they would take the citizen past the bytes of the last 24 hours. */
export async function checkUpload({ store, limits }: CitizenQuotas, citizenId: number, bytes: number, now = new Date()): Promise<void> {
  const uploads = await store.uploadsSince(citizenId, new Date(now.getTime() - day))
  const used = uploads.reduce((sum, upload) => sum + upload.size, 0)
  if (used + bytes <= limits.uploadBytesPerDay) return
  // Room comes back as the oldest uploads leave the 24-hour window.
  let freed = 0
  const fitsAfter = uploads.find((upload) => used - (freed += upload.size) + bytes <= limits.uploadBytesPerDay)
  const waitMs = fitsAfter ? new Date(fitsAfter.createdAt).getTime() + day - now.getTime() : day
  const message = bytes > limits.uploadBytesPerDay
    ? `Gli allegati superano il limite di ${megabytes(limits.uploadBytesPerDay)} al giorno: riducine la dimensione.`
    : `Hai già caricato ${megabytes(used)} di allegati nelle ultime 24 ore (il limite è ${megabytes(limits.uploadBytesPerDay)}): potrai caricarne altri ${waitToItalian(waitMs)}.`
  throw new ApiError('quota_exceeded', message, [], waitMs / 1000)
}

/**
 * Takes one of the hour's confirmation emails of a new contact address, or refuses. The times are
 * read and written back without a lock: two requests at the same instant may both get the last one.
 */
export async function takeContactEmail({ store, limits }: CitizenQuotas, citizenId: number | string, now = new Date()): Promise<void> {
  const key = `quota:conferma-email:${citizenId}`
  const recent = (await store.readTimes(key)).filter((at) => new Date(at).getTime() > now.getTime() - hour).sort()
  if (recent.length >= limits.contactEmailsPerHour) {
    const waitMs = new Date(recent[recent.length - limits.contactEmailsPerHour]!).getTime() + hour - now.getTime()
    throw new ApiError('quota_exceeded', `Hai chiesto ${recent.length} email di conferma nell’ultima ora: potrai chiederne un’altra ${waitToItalian(waitMs)}.`, [], waitMs / 1000)
  }
  await store.writeTimes(key, [...recent, now.toISOString()])
}

const megabytes = (bytes: number) => `${new Intl.NumberFormat('it-IT', { maximumFractionDigits: 0 }).format(bytes / bytesPerMegabyte)} MB`

/** "tra 20 minuti", "tra circa 3 ore": when the citizen may try again. */
function waitToItalian(ms: number): string {
  if (ms <= 90_000) return 'tra un minuto'
  if (ms < 90 * minute) return `tra ${Math.ceil(ms / minute)} minuti`
  const hours = Math.round(ms / hour)
  return hours === 1 ? 'tra circa un’ora' : `tra circa ${hours} ore`
}
