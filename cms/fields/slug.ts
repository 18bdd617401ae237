import { slugField, type Field } from 'payload'

import { textToSlug } from './textToSlug'

/**
 * The URL segment of a public document, generated from the title and unique in its collection.
 * Payload fills it in a beforeChange hook, after validation; the form would refuse a new document
 * whose slug is still empty, so the field is filled before validation too and is required there.
 */
export const slug = () =>
  slugField({
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' ? textToSlug(valueToSlugify) : undefined,
    position: 'sidebar',
    required: false,
    overrides: (row) => {
      const fields = row.fields.map((field): Field => {
        if (!('name' in field) || field.name !== 'slug' || field.type !== 'text') return field
        return {
          ...field,
          hooks: {
            ...field.hooks,
            beforeValidate: [({ value, data }) => value || (typeof data?.title === 'string' ? textToSlug(data.title) : value)],
          },
          // Empty is fine while it is generated from the title (the hidden generateSlug checkbox).
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            (typeof value === 'string' && value.length > 0) || siblingData?.generateSlug !== false || 'Indica lo slug: l’indirizzo della pagina.',
        }
      })
      return { ...row, fields }
    },
  })
