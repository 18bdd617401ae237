import type { Payload } from 'payload'

import { flatTableOf } from '../../cms/flatRows'
import { insertRow } from '../../cms/insertRow'
import type { Practice, PracticeAttachment } from '../../cms/payload-types'
import { relationId } from '../../cms/relationId'
import type { Transaction } from './transactions'

/** An attachment as stored (everything but the ids Payload assigns). */
export type NewAttachment = Pick<PracticeAttachment, 'slot' | 'filename' | 'mime' | 'size' | 'sha256' | 'storageKey' | 'source'>

/** The records of applications' attachments (the files are in cms/practices/attachmentFiles.ts). Services check ownership. */
export function attachmentStore(payload: Payload) {
  // Straight from the table where there is one (cms/flatRows.ts): every view of an application lists them.
  const directRows = flatTableOf<PracticeAttachment>(payload, 'practice-attachments')
  return {
    async listByPractice(practiceId: number): Promise<PracticeAttachment[]> {
      const rows = directRows()
      if (rows) return rows.select('allegati_pratica', (p) => `SELECT ${rows.selectList()} FROM ${rows.table} WHERE ${rows.column('practice')} = ${p(1)} ORDER BY ${rows.column('createdAt')}, ${rows.column('id')}`, [practiceId])
      const { docs } = await payload.find({ collection: 'practice-attachments', where: { practice: { equals: practiceId } }, sort: 'createdAt', depth: 0, pagination: false })
      return docs
    },
    /**
     * Records a stored file. Where the table is read directly, one INSERT (cms/insertRow.ts: the collection has no hooks,
     * every value is set by the portal, the file checked by its content) and the row read back as Payload reads it.
     */
    async add(practice: Pick<Practice, 'id' | 'office'>, data: NewAttachment, tx?: Transaction): Promise<PracticeAttachment> {
      const rows = directRows()
      if (rows) {
        const added = await rows.findById(await insertRow(payload, 'practice-attachments', { ...data, practice: practice.id, office: relationId(practice.office) }, tx), 0, tx)
        if (!added) throw new Error('add: l’allegato scritto non si rilegge')
        return added
      }
      return payload.create({ collection: 'practice-attachments', data: { ...data, practice: practice.id, office: relationId(practice.office) }, depth: 0, req: tx })
    },
    async find(id: number): Promise<PracticeAttachment | null> {
      return payload.findByID({ collection: 'practice-attachments', id, depth: 0, disableErrors: true })
    },
    async remove(id: number): Promise<void> {
      await payload.delete({ collection: 'practice-attachments', id })
    },
  }
}

export type AttachmentStore = ReturnType<typeof attachmentStore>
