import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'

/**
 * Citizens' login sessions (see api/auth/sessions.ts). Only a SHA-256 of each session secret is
 * stored, so a copy of this table cannot be used to log in.
 */
export const CitizenSessions: CollectionConfig = {
  slug: 'citizen-sessions',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'sessionId', type: 'text', required: true, unique: true, index: true },
    { name: 'secretHash', type: 'text', required: true },
    { name: 'citizen', type: 'relationship', relationTo: 'citizens', required: true, index: true },
    { name: 'loginMethod', type: 'select', options: ['spid', 'cie'], required: true },
    { name: 'lastActiveAt', type: 'date', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
