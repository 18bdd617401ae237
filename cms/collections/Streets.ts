import type { CollectionConfig } from 'payload'

import { canEditContent } from '../access/canEditContent'
import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'

/**
 * "Stradario": the Comune's streets with the point each one is placed at and its area (quartiere).
 * The report form suggests addresses from it and places them on the map: no outside geocoder.
 * Seeded from content/streets.json.
 */
export const Streets: CollectionConfig = {
  slug: 'streets',
  labels: { singular: 'Strada', plural: 'Stradario' },
  admin: { group: 'Segnalazioni', useAsTitle: 'name', defaultColumns: ['name', 'area', 'latitude', 'longitude'], listSearchableFields: ['name', 'area'] },
  access: { read: isStaff, create: canEditContent, update: canEditContent, delete: isAdmin },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: 'Denominazione', type: 'text', required: true, unique: true, index: true, maxLength: 120 },
    { name: 'area', label: 'Quartiere o frazione', type: 'text', required: true, index: true, maxLength: 80 },
    {
      type: 'row',
      fields: [
        { name: 'latitude', label: 'Latitudine', type: 'number', required: true, min: -90, max: 90 },
        { name: 'longitude', label: 'Longitudine', type: 'number', required: true, min: -180, max: 180 },
      ],
    },
  ],
}
