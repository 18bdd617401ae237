import type { CollectionConfig } from 'payload'

import { adminUnlessDraft } from '../access/adminUnlessDraft'
import { nobody } from '../access/nobody'

/**
 * "Registro di protocollo": one entry per submitted application, numbered per year without gaps
 * on SQLite. `practice` is unique, so a doubled or retried submission can register an application
 * only once: the database, not the code, is the last word.
 */
export const ProtocolRegister: CollectionConfig = {
  slug: 'protocol-register',
  labels: { singular: 'Registrazione di protocollo', plural: 'Registro di protocollo' },
  admin: { group: 'Pratiche', useAsTitle: 'protocolNumber', defaultColumns: ['protocolNumber', 'registeredAt', 'subject'] },
  access: { read: adminUnlessDraft('practice'), create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['year', 'sequence'], unique: true }],
  fields: [
    { name: 'protocolNumber', label: 'Numero di protocollo', type: 'text', required: true, unique: true },
    { name: 'year', label: 'Anno', type: 'number', required: true },
    { name: 'sequence', label: 'Progressivo', type: 'number', required: true },
    { name: 'registeredAt', label: 'Data di registrazione', type: 'date', required: true },
    { name: 'practice', label: 'Pratica', type: 'relationship', relationTo: 'practices', required: true, unique: true },
    { name: 'idempotencyKey', type: 'text', index: true, admin: { hidden: true } },
    { name: 'subject', label: 'Oggetto', type: 'text', required: true },
  ],
}
