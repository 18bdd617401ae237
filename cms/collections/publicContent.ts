import type { CollectionConfig } from 'payload'

import { canEditContent } from '../access/canEditContent'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { rebuildOnPublish } from '../publishing/rebuildQueue'
import { redirectOnMove } from './Redirects'

const rebuild = rebuildOnPublish()

/**
 * Access, versioning and publishing shared by every collection published on the public site:
 * published changes rebuild the site, and a moved document leaves a redirect behind.
 */
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
  hooks: {
    afterChange: [redirectOnMove, ...rebuild.afterChange],
    afterDelete: rebuild.afterDelete,
  },
} satisfies Partial<CollectionConfig>

/** Versioning for news and events: drafts plus a publish (and unpublish) date set in advance. */
export const scheduledVersions = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']
