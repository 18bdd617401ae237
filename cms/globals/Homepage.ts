import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { rebuildOnGlobalChange } from '../publishing/rebuildQueue'
import { canEditContent } from '../access/canEditContent'

/** What the editors put in evidence on the home page. */
export const Homepage: GlobalConfig = {
  slug: 'homepage',
  label: 'Home page',
  admin: { group: 'Contenuti' },
  access: { read: anyone, update: canEditContent },
  hooks: { afterChange: [rebuildOnGlobalChange] },
  fields: [
    {
      name: 'highlightedNews',
      label: 'Notizie in evidenza',
      type: 'relationship',
      relationTo: 'news',
      hasMany: true,
      maxRows: 3,
    },
    {
      name: 'highlightedServices',
      label: 'Servizi in evidenza',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      maxRows: 6,
    },
    {
      name: 'highlightedTopics',
      label: 'Argomenti in evidenza',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      maxRows: 6,
    },
  ],
}
