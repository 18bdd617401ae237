import type { RelationshipField } from 'payload'

/** The "Argomenti" a document is tagged with: they build the topic pages of the site. */
export const topics = (): RelationshipField => ({
  name: 'topics',
  label: 'Argomenti',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  admin: { position: 'sidebar' },
})
