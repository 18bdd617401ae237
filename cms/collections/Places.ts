import type { CollectionConfig } from 'payload'

import { placeTypes } from '../constants/placeTypes'
import { validateSafeUrl } from '../fields/safeUrl'
import { slug } from '../fields/slug'
import { summary } from '../fields/summary'
import { topics } from '../fields/topics'
import { publicContent } from './publicContent'
import { exampleValueHint } from '../fields/exampleValue'

/** "Luoghi": public buildings, monuments, parks and other places of the city. */
export const Places: CollectionConfig = {
  slug: 'places',
  labels: { singular: 'Luogo', plural: 'Luoghi' },
  admin: { useAsTitle: 'title', group: 'Vivere il Comune', defaultColumns: ['title', 'type', '_status'] },
  ...publicContent,
  fields: [
    { name: 'title', label: 'Nome', type: 'text', required: true },
    { name: 'type', label: 'Tipo di luogo', type: 'select', required: true, options: [...placeTypes] },
    summary(),
    { name: 'description', label: 'Descrizione', type: 'richText' },
    { name: 'image', label: 'Immagine', type: 'upload', relationTo: 'media' },
    { name: 'address', label: 'Indirizzo', type: 'text', required: true, admin: { description: exampleValueHint } },
    {
      type: 'row',
      fields: [
        { name: 'latitude', label: 'Latitudine', type: 'number', min: -90, max: 90 },
        { name: 'longitude', label: 'Longitudine', type: 'number', min: -180, max: 180 },
      ],
    },
    { name: 'openingHours', label: 'Orari di apertura', type: 'textarea', admin: { description: exampleValueHint } },
    { name: 'access', label: 'Modalità di accesso', type: 'textarea' },
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
