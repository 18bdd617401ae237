import type { CollectionConfig } from 'payload'

import { newsKinds } from '../constants/newsKinds'
import { previewFor } from '../publishing/previewLink'
import { slug } from '../fields/slug'
import { summary } from '../fields/summary'
import { topics } from '../fields/topics'
import { publicContent, scheduledVersions } from './publicContent'

/** "Notizie": news, press releases and notices, newest first on the site and in the RSS feed. */
export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: 'Notizia', plural: 'Notizie' },
  admin: { useAsTitle: 'title', group: 'Novità', defaultColumns: ['title', 'kind', 'publishedAt', '_status'], preview: previewFor('news') },
  defaultSort: '-publishedAt',
  ...publicContent,
  versions: scheduledVersions,
  fields: [
    { name: 'title', label: 'Titolo', type: 'text', required: true },
    { name: 'kind', label: 'Tipo', type: 'select', required: true, defaultValue: 'notizia', options: [...newsKinds] },
    summary(),
    { name: 'body', label: 'Testo', type: 'richText', required: true },
    { name: 'image', label: 'Immagine', type: 'upload', relationTo: 'media' },
    {
      name: 'publishedAt',
      label: 'Data di pubblicazione',
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'offices', label: 'A cura di', type: 'relationship', relationTo: 'offices', hasMany: true },
    { name: 'places', label: 'Luoghi', type: 'relationship', relationTo: 'places', hasMany: true },
    topics(),
    slug(),
  ],
}
