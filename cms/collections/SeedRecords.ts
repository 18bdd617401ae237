import type { CollectionConfig } from 'payload'

/**
 * The ledger of seed items already applied. Seeding skips a recorded key, so a later start never
 * re-creates what staff deleted nor overwrites what they edited.
 */
export const SeedRecords: CollectionConfig = {
  slug: 'seed-records',
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [{ name: 'key', type: 'text', required: true, unique: true, index: true }],
}
