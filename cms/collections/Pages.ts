import type { CollectionConfig } from 'payload'

import { summary } from '../fields/summary'
import { publicContent } from './publicContent'

const pathPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/

/** Institutional pages at a fixed path ("amministrazione/organi-di-governo", "privacy", "faq"). */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Pagina', plural: 'Pagine' },
  admin: { useAsTitle: 'title', group: 'Contenuti', defaultColumns: ['title', 'path', '_status'] },
  ...publicContent,
  fields: [
    { name: 'title', label: 'Titolo', type: 'text', required: true },
    {
      name: 'path',
      label: 'Percorso',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Indirizzo della pagina senza barre iniziali e finali, es. amministrazione/organi-di-governo',
      },
      validate: (value: unknown) =>
        typeof value === 'string' && pathPattern.test(value)
          ? true
          : 'Usa solo lettere minuscole, numeri, trattini e barre (es. amministrazione/uffici).',
    },
    summary(),
    { name: 'body', label: 'Testo', type: 'richText' },
    {
      name: 'faqs',
      label: 'Domande frequenti',
      type: 'array',
      labels: { singular: 'Domanda', plural: 'Domande' },
      fields: [
        { name: 'question', label: 'Domanda', type: 'text', required: true },
        { name: 'answer', label: 'Risposta', type: 'textarea', required: true },
      ],
    },
    {
      name: 'menuOrder',
      label: 'Ordine nel menu',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
  ],
}
