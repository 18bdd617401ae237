import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { canEditContent } from '../access/canEditContent'
import { rebuildOnPublish } from '../publishing/rebuildQueue'

/** Editorial images and public files, stored in `staticDir`. Sharp makes responsive WebP sizes and drops EXIF metadata. */
export const mediaCollection = (staticDir: string): CollectionConfig => ({
  slug: 'media',
  labels: { singular: 'File multimediale', plural: 'File multimediali' },
  admin: { group: 'Contenuti', useAsTitle: 'alt' },
  access: {
    read: anyone,
    create: canEditContent,
    update: canEditContent,
    delete: canEditContent,
  },
  // A new upload shows nowhere until a document uses it; a changed alt text or a deletion does.
  hooks: rebuildOnPublish({ always: true, notOnCreate: true }),
  upload: {
    staticDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'],
    // Re-encoding through sharp strips metadata (GPS, camera) unless withMetadata is set.
    formatOptions: { format: 'webp', options: { quality: 80 } },
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: { format: 'webp', options: { quality: 70 } } },
      { name: 'card', width: 768, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'hero', width: 1440, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'cardAvif', width: 768, formatOptions: { format: 'avif', options: { quality: 55 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Testo alternativo',
      type: 'text',
      required: true,
      admin: {
        description:
          'Descrive l’immagine a chi non la vede (obbligatorio per l’accessibilità). Per i PDF indica il contenuto.',
      },
    },
    { name: 'credit', label: 'Crediti', type: 'text' },
  ],
})
