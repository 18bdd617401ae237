import type { CollectionConfig } from 'payload'

import { canEditContent } from '../access/canEditContent'
import { publishedOrStaff } from '../access/publishedOrStaff'

/** Access and versioning shared by every collection published on the public site. */
export const publicContent = {
  access: {
    read: publishedOrStaff,
    create: canEditContent,
    update: canEditContent,
    delete: canEditContent,
    readVersions: canEditContent,
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
} satisfies Partial<CollectionConfig>
