import { lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import type { FieldAffectingData } from 'payload'

import { validateSafeUrl } from './safeUrl'

/** The link drawer's URL field, held to the same schemes as every other link field (internal links have no URL). */
const safeLinkUrl = (field: FieldAffectingData): FieldAffectingData =>
  field.type === 'text' && field.name === 'url'
    ? { ...field, validate: (value, options) => (options.siblingData as { linkType?: string } | undefined)?.linkType === 'internal' || validateSafeUrl(value, options) }
    : field

/** The rich-text editor of every collection: Payload's default features, with links limited to safe schemes. */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) =>
    defaultFeatures.map((feature) => (feature.key === 'link' ? LinkFeature({ fields: ({ defaultFields }) => defaultFields.map(safeLinkUrl) }) : feature)),
})
