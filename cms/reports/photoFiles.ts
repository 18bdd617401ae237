import path from 'node:path'

import type { Payload } from 'payload'

import { attachmentFiles } from '../practices/attachmentFiles'
import { settingsOf } from '../settings/cmsSettings'
import type { Id } from './contract'

/** Reports' photos: under the data folder, never under dist/, served only by the API after its checks. */
export const reportPhotosDir = (dataDir: string): string => path.join(dataDir, 'private', 'segnalazioni')

/** The private store of report photos (the attachments' store: opaque keys, written whole or not at all). */
export const reportPhotoFiles = (payload: Payload) => attachmentFiles(reportPhotosDir(settingsOf(payload).dataDir))

/** The stored JPEG of a report photo by its row id, or null. Whether the asker may see it is the caller's check. */
export async function readReportPhoto(payload: Payload, photoId: Id): Promise<Buffer | null> {
  const photo = await payload.findByID({ collection: 'report-photos', id: photoId, depth: 0, overrideAccess: true, disableErrors: true, select: { storedName: true } })
  if (!photo?.storedName) return null
  const bytes = await reportPhotoFiles(payload).read(photo.storedName)
  return bytes ? Buffer.from(bytes) : null
}
