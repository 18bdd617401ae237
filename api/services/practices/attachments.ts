import type { AttachmentSlot } from '../../../cms/forms/serviceForm'
import { relationId } from '../../../cms/relationId'
import { ApiError } from '../../errors'
import { AttachmentRejectedError, inspectAttachment } from '../attachments/inspectAttachment'
import { checkUpload, type CitizenQuotas } from '../quotas'
import { maxAttachmentsPerPractice, slotMaxBytes } from '../attachments/limits'
import { findMyPractice, formOfPractice, type PracticeStores } from './lookups'
import { attachmentToView, type AttachmentView, type Download } from './views'

/** Where attachment files live (cms/practices/attachmentFiles.ts). */
export type FileStore = { save(bytes: Uint8Array): Promise<string>; read(key: string): Promise<Uint8Array | null>; remove(key: string): Promise<void> }

/** The slot for documents a citizen sends when the office asks for more. */
export const answerSlot: AttachmentSlot = { name: 'integrazione', label: 'Integrazione', required: false, types: ['pdf', 'jpeg', 'png'], maxMb: 10 }

const alreadySubmitted = () => new ApiError('conflict', 'La domanda è già stata presentata: gli allegati non si possono più cambiare.')

const rejectionStatus = { too_large: 'payload_too_large', type_not_allowed: 'unsupported_media_type', unreadable: 'validation', image_too_large: 'validation' } as const

/** Checks a file by its content and stores it privately; a rejected file gets the reason, in Italian. */
export async function storeAttachmentFile(files: FileStore, slot: AttachmentSlot, file: File) {
  try {
    const inspected = await inspectAttachment(new Uint8Array(await file.arrayBuffer()), file.name, { types: slot.types, maxBytes: slotMaxBytes(slot.maxMb) })
    const storageKey = await files.save(inspected.bytes)
    return { slot: slot.name, filename: inspected.filename, mime: inspected.mime, size: inspected.size, sha256: inspected.sha256, storageKey }
  } catch (error) {
    if (error instanceof AttachmentRejectedError) throw new ApiError(rejectionStatus[error.code], error.message, [{ field: slot.name, message: error.message }])
    throw error
  }
}

/** Attaches a file to one of the draft's attachment slots, within the citizen's daily upload quota. */
export async function addDraftAttachment(stores: PracticeStores, files: FileStore, quotas: CitizenQuotas, citizenId: number, id: number, slotName: string, file: File): Promise<AttachmentView> {
  const practice = await findMyPractice(stores, citizenId, id)
  if (practice.status !== 'bozza') throw alreadySubmitted()
  const form = await formOfPractice(stores, practice)
  const slot = form.attachments.find((s) => s.name === slotName)
  if (!slot) throw new ApiError('validation', 'Questo modulo non prevede un allegato con questo nome.', [{ field: 'slot', message: 'Allegato non previsto dal modulo.' }])
  if ((await stores.attachments.listByPractice(id)).length >= maxAttachmentsPerPractice) throw new ApiError('validation', `Puoi allegare al massimo ${maxAttachmentsPerPractice} file a una domanda.`)
  await checkUpload(quotas, citizenId, file.size)
  const stored = await storeAttachmentFile(files, slot, file)
  try {
    return attachmentToView(await stores.attachments.add(practice, { ...stored, source: 'domanda' }))
  } catch (error) {
    await files.remove(stored.storageKey)
    throw error
  }
}

/** One of the citizen's own attachment records (someone else's is "not found"). */
async function findMyAttachment(stores: PracticeStores, citizenId: number, id: number, attachmentId: number) {
  const practice = await findMyPractice(stores, citizenId, id)
  const attachment = await stores.attachments.find(attachmentId)
  if (!attachment || relationId(attachment.practice) !== id) throw new ApiError('not_found', 'Allegato non trovato.')
  return { practice, attachment }
}

/** One of the citizen's own attachments, to download. */
export async function readMyAttachment(stores: PracticeStores, files: FileStore, citizenId: number, id: number, attachmentId: number): Promise<Download> {
  const { attachment } = await findMyAttachment(stores, citizenId, id, attachmentId)
  const bytes = await files.read(attachment.storageKey)
  if (!bytes) throw new ApiError('not_found', 'Il file di questo allegato non è più disponibile.')
  return { filename: attachment.filename, mime: attachment.mime, bytes }
}

/** Removes an attachment from a draft. */
export async function removeDraftAttachment(stores: PracticeStores, files: FileStore, citizenId: number, id: number, attachmentId: number): Promise<void> {
  const { practice, attachment } = await findMyAttachment(stores, citizenId, id, attachmentId)
  if (practice.status !== 'bozza') throw alreadySubmitted()
  await stores.attachments.remove(attachment.id)
  await files.remove(attachment.storageKey)
}
