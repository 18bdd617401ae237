import type { CollectionConfig } from 'payload'

import { officeTypes } from '../constants/officeTypes'
import { slug } from '../fields/slug'
import { summary } from '../fields/summary'
import { topics } from '../fields/topics'
import { refuseDeleteInUse } from '../offices/refuseDeleteInUse'
import { publicContent } from './publicContent'
import { exampleValueHint } from '../fields/exampleValue'

/** "Unità organizzative": offices and areas with their contacts, hours, place and services. */
export const Offices: CollectionConfig = {
  slug: 'offices',
  labels: { singular: 'Unità organizzativa', plural: 'Unità organizzative' },
  admin: { useAsTitle: 'title', group: 'Amministrazione', defaultColumns: ['title', 'type', '_status'] },
  ...publicContent,
  hooks: { ...publicContent.hooks, beforeDelete: [refuseDeleteInUse] },
  fields: [
    { name: 'title', label: 'Nome', type: 'text', required: true },
    {
      name: 'type',
      label: 'Tipo',
      type: 'select',
      required: true,
      defaultValue: 'ufficio',
      options: [...officeTypes],
    },
    summary(),
    { name: 'competences', label: 'Competenze', type: 'richText' },
    {
      type: 'row',
      fields: [
        { name: 'responsible', label: 'Responsabile', type: 'text' },
        { name: 'responsibleRole', label: 'Ruolo del responsabile', type: 'text' },
      ],
    },
    { name: 'parent', label: 'Area di appartenenza', type: 'relationship', relationTo: 'offices' },
    {
      name: 'contacts',
      label: 'Contatti',
      type: 'group',
      fields: [
        { name: 'phone', label: 'Telefono', type: 'text', admin: { description: exampleValueHint } },
        { name: 'email', label: 'Email', type: 'email' },
        { name: 'pec', label: 'PEC', type: 'email' },
      ],
    },
    { name: 'address', label: 'Indirizzo', type: 'text', admin: { description: exampleValueHint } },
    { name: 'place', label: 'Sede', type: 'relationship', relationTo: 'places' },
    {
      name: 'openingHours',
      label: 'Orari di apertura al pubblico',
      type: 'array',
      labels: { singular: 'Fascia oraria', plural: 'Fasce orarie' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'days', label: 'Giorni', type: 'text', required: true },
            { name: 'hours', label: 'Orario', type: 'text', required: true },
          ],
        },
      ],
    },
    topics(),
    slug(),
  ],
}
