import type { CollectionConfig } from 'payload'

import { validateSafeUrl } from '../fields/safeUrl'
import { slug } from '../fields/slug'
import { summary } from '../fields/summary'
import { topics } from '../fields/topics'
import { publicContent, scheduledVersions } from './publicContent'
import { previewFor } from '../publishing/previewLink'
import { exampleValueHint } from '../fields/exampleValue'

/** "Eventi": what happens in the city, with date, place, cost and organiser. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Evento', plural: 'Eventi' },
  admin: { useAsTitle: 'title', group: 'Vivere il Comune', defaultColumns: ['title', 'startDate', '_status'], preview: previewFor('events') },
  defaultSort: 'startDate',
  ...publicContent,
  versions: scheduledVersions,
  fields: [
    { name: 'title', label: 'Titolo', type: 'text', required: true },
    summary(),
    { name: 'body', label: 'Descrizione', type: 'richText', required: true },
    { name: 'image', label: 'Immagine', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          label: 'Inizio',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endDate',
          label: 'Fine',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startDate?: string } }) =>
            !value || !siblingData.startDate || new Date(value as string) >= new Date(siblingData.startDate)
              ? true
              : 'La fine dell’evento non può precedere l’inizio.',
        },
      ],
    },
    { name: 'place', label: 'Luogo', type: 'relationship', relationTo: 'places' },
    { name: 'address', label: 'Indirizzo', type: 'text', admin: { description: exampleValueHint } },
    { name: 'cost', label: 'Costo', type: 'text', defaultValue: 'Ingresso libero', admin: { description: exampleValueHint } },
    { name: 'audience', label: 'A chi è rivolto', type: 'text' },
    { name: 'organizer', label: 'Organizzato da', type: 'text' },
    {
      name: 'contacts',
      label: 'Contatti',
      type: 'group',
      fields: [
        { name: 'phone', label: 'Telefono', type: 'text', admin: { description: exampleValueHint } },
        { name: 'email', label: 'Email', type: 'email' },
        { name: 'website', label: 'Sito web', type: 'text', validate: validateSafeUrl },
      ],
    },
    topics(),
    slug(),
  ],
}
