import { resumeTerm } from '../../../cms/practices/term'
import type { PracticeView } from '../../contract/practices'
import { ApiError } from '../../errors'
import { maxAttachmentsPerPractice } from '../attachments/limits'
import { checkUpload, type CitizenQuotas } from '../quotas'
import { answerSlot, storeAttachmentFile, type FileStore } from './attachments'
import { findMyPractice, type PracticeStores } from './lookups'
import { viewOf } from './practiceView'

/**
 * The citizen answers the office's request for documents: a message and files, recorded in the
 * history, and the application goes back to the office ("in lavorazione") in one transaction; the
 * legal term, suspended since the request, runs again.
 */
export async function answerRequest(stores: PracticeStores, files: FileStore, quotas: CitizenQuotas, citizenId: number, id: number, message: string, uploads: File[]): Promise<PracticeView> {
  const practice = await findMyPractice(stores, citizenId, id)
  if (practice.status !== 'in-attesa-cittadino') throw new ApiError('conflict', 'Per questa pratica l’ufficio non ha chiesto integrazioni, oppure le hai già inviate.')
  const text = message.trim()
  if (!text && !uploads.length) throw new ApiError('validation', undefined, [{ field: 'message', message: 'Scrivi un messaggio o allega almeno un documento.' }])
  if (text.length > 4000) throw new ApiError('validation', undefined, [{ field: 'message', message: 'Il messaggio può avere al massimo 4000 caratteri.' }])
  if ((await stores.attachments.listByPractice(id)).length + uploads.length > maxAttachmentsPerPractice) throw new ApiError('validation', `Puoi allegare al massimo ${maxAttachmentsPerPractice} file a una pratica.`)
  if (uploads.length) await checkUpload(quotas, citizenId, uploads.reduce((sum, upload) => sum + upload.size, 0))

  const stored: Awaited<ReturnType<typeof storeAttachmentFile>>[] = []
  try {
    for (const upload of uploads) stored.push(await storeAttachmentFile(files, answerSlot, upload))
    const updated = await stores.transactions.inTransaction(async (tx) => {
      for (const file of stored) await stores.attachments.add(practice, { ...file, source: 'integrazione' }, tx)
      const names = stored.map((f) => f.filename).join(', ')
      const summary = [text, names && `Documenti allegati: ${names}`].filter(Boolean).join('\n')
      await stores.history.record({ practice, kind: 'integrazioni', actorType: 'cittadino', fromStatus: 'in-attesa-cittadino', toStatus: 'in-lavorazione', message: summary, visibleToCitizen: true }, tx)
      // The clock of the legal term restarts: the days it waited move the due date.
      return stores.practices.update(id, { status: 'in-lavorazione', openRequest: null, openRequestAt: null, ...resumeTerm(practice, new Date()) }, tx)
    })
    return viewOf(stores, updated)
  } catch (error) {
    for (const file of stored) await files.remove(file.storageKey)
    throw error
  }
}
