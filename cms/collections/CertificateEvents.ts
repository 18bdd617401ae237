import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { officeScoped } from '../access/officeScoped'
import { certificateEventKinds } from '../certificates/vocabulary'
import { notifyCertificateIssued } from '../notifications/hooks/notifyCertificateIssued'

/** "Storico dei certificati": requested, issued, revoked — by whom and why. Written only by the system. */
export const CertificateEvents: CollectionConfig = {
  slug: 'certificate-events',
  labels: { singular: 'Evento del certificato', plural: 'Storico dei certificati' },
  admin: { group: 'Certificati', useAsTitle: 'kind', defaultColumns: ['createdAt', 'certificate', 'kind', 'actorLabel'] },
  access: { read: officeScoped('office'), create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  hooks: { afterChange: [notifyCertificateIssued] },
  fields: [
    { name: 'certificate', label: 'Certificato', type: 'relationship', relationTo: 'certificates', required: true, index: true },
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true },
    { name: 'kind', label: 'Evento', type: 'select', required: true, options: [...certificateEventKinds], enumName: 'enum_ce_kind' },
    { name: 'actor', label: 'Operatore', type: 'relationship', relationTo: 'users' },
    { name: 'actorLabel', label: 'Autore', type: 'text', required: true },
    { name: 'reason', label: 'Motivo', type: 'textarea' },
  ],
}
