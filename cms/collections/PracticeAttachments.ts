import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { officeCaseload } from '../access/officeCaseload'
import { downloadPracticeAttachment } from '../practices/downloadAttachment'

/**
 * "Allegati delle pratiche": the files citizens attach, checked by content and stored outside the
 * public site (see cms/practices/attachmentFiles.ts). Operators of the responsible office download
 * them here; citizens through the public API, only their own.
 */
export const PracticeAttachments: CollectionConfig = {
  slug: 'practice-attachments',
  labels: { singular: 'Allegato', plural: 'Allegati delle pratiche' },
  admin: { group: 'Pratiche', useAsTitle: 'filename', defaultColumns: ['filename', 'practice', 'slot', 'size', 'createdAt'], hidden: true },
  access: { read: officeCaseload('office', 'practice.status'), create: nobody, update: nobody, delete: nobody },
  endpoints: [downloadPracticeAttachment],
  fields: [
    { name: 'practice', label: 'Pratica', type: 'relationship', relationTo: 'practices', required: true, index: true },
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true },
    { name: 'slot', label: 'Documento', type: 'text', required: true },
    { name: 'filename', label: 'Nome del file', type: 'text', required: true },
    { name: 'mime', label: 'Tipo', type: 'text', required: true },
    { name: 'size', label: 'Dimensione (byte)', type: 'number', required: true },
    { name: 'sha256', label: 'Impronta SHA-256', type: 'text', required: true },
    { name: 'storageKey', type: 'text', required: true, admin: { hidden: true } },
    { name: 'source', label: 'Origine', type: 'select', required: true, defaultValue: 'domanda', options: [{ value: 'domanda', label: 'Allegato alla domanda' }, { value: 'integrazione', label: 'Integrazione' }, { value: 'atto-finale', label: 'Atto finale dell’ufficio' }] },
    {
      name: 'download', type: 'ui', label: 'Scarica',
      admin: { components: { Cell: '/components/AttachmentDownload#AttachmentDownloadCell', Field: '/components/AttachmentDownload#AttachmentDownloadField' } },
    },
  ],
}
