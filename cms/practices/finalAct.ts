import { createHash } from 'node:crypto'

import { fileTypeFromBuffer } from 'file-type'
import type { Endpoint, PayloadRequest } from 'payload'

import { inTransaction } from '../concurrency/inTransaction'
import { keyedSerialQueue } from '../concurrency/serialQueue'
import { hasPdfStructure } from '../documents/pdfStructure'
import { refusal } from '../endpoints/namedAction'
import type { Practice, PracticeAttachment } from '../payload-types'
import { relationId } from '../relationId'
import { settingsOf } from '../settings/cmsSettings'
import { PracticeActionError } from './actions/actionError'
import { practiceForStaff } from './actions/practiceForStaff'
import { finalActSlot } from './answers'
import { attachmentFiles, privateAttachmentsDir } from './attachmentFiles'
import { notifyCitizen } from './notifyCitizen'
import { recordPracticeEvent } from './recordPracticeEvent'
import { isDecided } from './workflow'

/** The largest final act accepted: 10 MB. */
export const maxFinalActBytes = 10 * 1024 * 1024

/** The name the final act is downloaded with: from the protocol number, never from what was uploaded. */
export const finalActFilename = (practice: Pick<Practice, 'id' | 'protocolNumber'>) =>
  `atto-finale-${(practice.protocolNumber ?? String(practice.id)).replace(/[^0-9A-Za-z-]/g, '-')}.pdf`

/** The uploaded file as a PDF to keep, or a refusal in Italian: the type comes from the content, never from the name. */
async function checkedPdf(file: FormDataEntryValue | null): Promise<Uint8Array> {
  if (!(file instanceof Blob) || file.size === 0) throw new PracticeActionError('Scegli il file PDF dell’atto finale.', 400)
  if (file.size > maxFinalActBytes) throw new PracticeActionError('Il file supera la dimensione massima di 10 MB.', 413)
  const bytes = new Uint8Array(await file.arrayBuffer())
  const type = await fileTypeFromBuffer(bytes.subarray(0, 64 * 1024))
  if (type?.ext !== 'pdf' && type?.ext !== 'ai') throw new PracticeActionError('Il file non è un PDF: l’atto finale si allega in formato PDF.', 415)
  if (!hasPdfStructure(bytes)) throw new PracticeActionError('Il PDF è danneggiato o incompleto: esportalo di nuovo e riprova.', 422)
  return bytes
}

/**
 * "Allega l’atto finale": the office's decision document on an application it has decided
 * (accolta, respinta or chiusa). One PDF, checked by content, kept privately like the citizens'
 * attachments; in one transaction its attachment record (source 'atto-finale'), a history entry
 * the citizen sees and the desk message, with the email. The file is removed again if any of it fails.
 */
export function attachFinalAct(req: PayloadRequest, id: string, file: FormDataEntryValue | null, note: string): Promise<PracticeAttachment> {
  // One at a time per application in this process: a double click finds the first act already there.
  return oneAtATime(`atto-finale:${id}`, () => attach(req, id, file, note))
}

const oneAtATime = keyedSerialQueue()

async function attach(req: PayloadRequest, id: string, file: FormDataEntryValue | null, note: string): Promise<PracticeAttachment> {
  const { user, practice } = await practiceForStaff(req, id)
  if (!isDecided(practice.status)) throw new PracticeActionError('L’atto finale si allega a una pratica già decisa: accolta, respinta o chiusa.', 409)
  const existing = await req.payload.count({ collection: 'practice-attachments', where: { practice: { equals: practice.id }, source: { equals: 'atto-finale' } }, overrideAccess: true, req })
  if (existing.totalDocs > 0) throw new PracticeActionError('L’atto finale di questa pratica è già allegato.', 409)
  const bytes = await checkedPdf(file)
  const files = attachmentFiles(privateAttachmentsDir(settingsOf(req.payload).dataDir))
  const storageKey = await files.save(bytes)
  const filename = finalActFilename(practice)
  const message = note.trim().slice(0, 4000)
  try {
    return await inTransaction(req, async () => {
      const attachment = await req.payload.create({
        collection: 'practice-attachments',
        data: {
          practice: practice.id, office: relationId(practice.office)!, slot: finalActSlot, filename, mime: 'application/pdf', size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'), storageKey, source: 'atto-finale',
        },
        depth: 0, overrideAccess: true, req,
      })
      await recordPracticeEvent({ practice, kind: 'messaggio', req, actor: user, visibleToCitizen: true, message: `Atto finale allegato: ${filename}.${message ? `\n${message}` : ''}` })
      await notifyCitizen(req, practice, { kind: 'practice-final-act', data: { practiceId: practice.id, title: practice.title, protocolNumber: practice.protocolNumber ?? '', message: message || undefined } })
      return attachment
    })
  } catch (error) {
    await files.remove(storageKey)
    throw error
  }
}

/** POST /api/practices/:id/atto-finale — multipart: file (PDF, ≤ 10 MB), messaggio (optional note to the citizen). */
export const finalActEndpoint: Endpoint = {
  path: '/:id/atto-finale',
  method: 'post',
  handler: async (req) => {
    if (!(req.headers.get('content-type') ?? '').startsWith('multipart/form-data')) return refusal(400, 'Invia il file dell’atto finale come modulo (multipart/form-data).')
    let form: FormData
    try {
      form = await req.formData!()
    } catch {
      return refusal(400, 'Richiesta non valida: il modulo non si legge.')
    }
    try {
      const note = form.get('messaggio')
      const doc = await attachFinalAct(req, String(req.routeParams?.id ?? ''), form.get('file'), typeof note === 'string' ? note : '')
      return Response.json({ doc: { id: doc.id, filename: doc.filename, size: doc.size } }, { status: 201, headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      if (error instanceof PracticeActionError) return refusal(error.status, error.message)
      throw error
    }
  },
}
