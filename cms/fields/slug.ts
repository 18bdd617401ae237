import { slugField } from 'payload'

import { textToSlug } from './textToSlug'

/** The URL segment of a public document, generated from the title and unique in its collection. */
export const slug = () =>
  slugField({
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' ? textToSlug(valueToSlugify) : undefined,
    position: 'sidebar',
  })
