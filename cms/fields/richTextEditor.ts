import { lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import type { FieldAffectingData, TextFieldSingleValidation } from 'payload'

import { validateSafeUrl } from './safeUrl'

/** The link drawer's URL, held to the rule of every other link field (an internal link has no URL). */
const validateLinkUrl: TextFieldSingleValidation = (value, options) =>
  (options.siblingData as { linkType?: string } | undefined)?.linkType === 'internal' || validateSafeUrl(value, options)

const withSafeUrl = (field: FieldAffectingData): FieldAffectingData =>
  field.type === 'text' && !field.hasMany && field.name === 'url' ? { ...field, validate: validateLinkUrl } : field

/** The rich-text editor of every collection: Payload's default features, with links limited to safe schemes. */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) =>
    defaultFeatures.map((feature) => (feature.key === 'link' ? LinkFeature({ fields: ({ defaultFields }) => defaultFields.map(withSafeUrl) }) : feature)),
})
