import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { officeScoped } from '../access/officeScoped'
import { moderationStates } from '../reports/vocabulary'

/**
 * "Foto delle segnalazioni": up to 3 per report. Only the re-encoded copy is kept (JPEG, no metadata,
 * no GPS), in the private files folder; the public sees one after moderation approves it.
 */
export const ReportPhotos: CollectionConfig = {
  slug: 'report-photos',
  labels: { singular: 'Foto della segnalazione', plural: 'Foto delle segnalazioni' },
  admin: { group: 'Segnalazioni', hidden: true },
  access: { read: officeScoped('office'), create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  indexes: [{ fields: ['report', 'position'], unique: true }],
  fields: [
    { name: 'report', type: 'relationship', relationTo: 'reports', required: true, index: true },
    { name: 'office', type: 'relationship', relationTo: 'offices', required: true, index: true },
    // 1 … 3, the order the citizen gave.
    { name: 'position', type: 'number', required: true, min: 1, max: 3 },
    // The file's name in the private folder (cms/reports/photoFiles.ts), never a path from outside.
    { name: 'storedName', type: 'text', required: true, unique: true },
    { name: 'width', type: 'number', required: true },
    { name: 'height', type: 'number', required: true },
    { name: 'bytes', type: 'number', required: true },
    { name: 'sha256', type: 'text', required: true },
    { name: 'moderation', type: 'select', required: true, defaultValue: 'in-attesa', options: [...moderationStates], enumName: 'enum_report_photos_moderation' },
  ],
}
