import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { marksSlug } from '../auth/secondFactor'

/**
 * One-time marks of the staff second factor (cms/auth/secondFactor.ts): a session that passed it,
 * a TOTP time step already used, a recovery code already spent. The unique key is what makes each
 * of them usable once, even when two requests race. Never reachable through an API.
 */
export const SecondFactorMarks: CollectionConfig = {
  slug: marksSlug,
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    { name: 'kind', type: 'select', options: ['session', 'step', 'recovery'], required: true },
    { name: 'step', type: 'number' },
  ],
}
