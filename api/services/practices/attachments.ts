import type { AttachmentSlot } from '../../../cms/forms/serviceForm'
import type { PracticeAttachment } from '../../../cms/payload-types'
import { relationId } from '../../../cms/relationId'
import type { PracticeStore } from '../../data/practices'
import { ApiError } from '../../errors'
import type { AttachmentView } from '../../routes/practiceSchemas'
import { AttachmentRejectedError, inspectAttachment } from '../attachments/inspectAttachment'
import { checkUpload, type CitizenQuotas } from '../quotas'
import { maxAttachmentsPerPractice, slotMaxBytes } from '../attachments/limits'
import { findMyPractice, formOfPractice } from './drafts'
import { attachmentToView } from './views'

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
export async function addDraftAttachment(store: PracticeStore, files: FileStore, quotas: CitizenQuotas, citizenId: number, id: number, slotName: string, file: File): Promise<AttachmentView> {
  const practice = await findMyPractice(store, citizenId, id)
  if (practice.status !== 'bozza') throw alreadySubmitted()
  const form = await formOfPractice(store, practice)
  const slot = form.attachments.find((s) => s.name === slotName)
  if (!slot) throw new ApiError('validation', 'Questo modulo non prevede un allegato con questo nome.', [{ field: 'slot', message: 'Allegato non previsto dal modulo.' }])
  if ((await store.listAttachments(id)).length >= maxAttachmentsPerPractice) throw new ApiError('validation', `Puoi allegare al massimo ${maxAttachmentsPerPractice} file a una domanda.`)
  await checkUpload(quotas, citizenId, file.size)
  const stored = await storeAttachmentFile(files, slot, file)
  try {
    return attachmentToView(await store.addAttachment(practice, { ...stored, source: 'domanda' }))
  } catch (error) {
    await files.remove(stored.storageKey)
    throw error
  }
}

/** One of the citizen's own attachment records (someone else's is "not found"). */
async function findMyAttachment(store: PracticeStore, citizenId: number, id: number, attachmentId: number) {
  const practice = await findMyPractice(store, citizenId, id)
  const attachment = await store.findAttachment(attachmentId)
  if (!attachment || relationId(attachment.practice) !== id) throw new ApiError('not_found', 'Allegato non trovato.')
  return { practice, attachment }
}

/** One of the citizen's own attachments, with its bytes. */
export async function readMyAttachment(store: PracticeStore, files: FileStore, citizenId: number, id: number, attachmentId: number): Promise<{ attachment: PracticeAttachment; bytes: Uint8Array }> {
  const { attachment } = await findMyAttachment(store, citizenId, id, attachmentId)
  const bytes = await files.read(attachment.storageKey)
  if (!bytes) throw new ApiError('not_found', 'Il file di questo allegato non è più disponibile.')
  return { attachment, bytes }
}

/** Removes an attachment from a draft. */
export async function removeDraftAttachment(store: PracticeStore, files: FileStore, citizenId: number, id: number, attachmentId: number): Promise<void> {
  const { practice, attachment } = await findMyAttachment(store, citizenId, id, attachmentId)
  if (practice.status !== 'bozza') throw alreadySubmitted()
  await store.removeAttachment(attachment.id)
  await files.remove(attachment.storageKey)
}
