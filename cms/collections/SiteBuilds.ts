import type { CollectionConfig } from 'payload'

import { canEditContent } from '../access/canEditContent'
import { nobody } from '../access/nobody'
import { fullRebuildEndpoint } from '../publishing/fullRebuildEndpoint'

export const siteBuildKinds = [
  { label: 'Completa', value: 'completa' },
  { label: 'Incrementale', value: 'incrementale' },
] as const

export const siteBuildStatuses = [
  { label: 'In corso', value: 'running' },
  { label: 'Pubblicato', value: 'succeeded' },
  { label: 'Non riuscito', value: 'failed' },
] as const

/**
 * "Pubblicazioni del sito": one record per rebuild of the public site, written by the publisher.
 * Staff read it to see whether their change is live and, when a build fails, why; nobody edits it.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: 'Pubblicazione del sito', plural: 'Pubblicazioni del sito' },
  admin: {
    group: 'Pubblicazione',
    useAsTitle: 'label',
    defaultColumns: ['label', 'status', 'kind', 'reason', 'durationMs', 'rendered', 'pages', 'startedAt'],
    components: { beforeListTable: ['/components/FullRebuildButton#FullRebuildButton'] },
    description: 'Ogni salvataggio di un contenuto pubblicato ricostruisce il sito pubblico. Qui lo stato e la cronologia, con l’errore se una pubblicazione non riesce (il sito resta quello precedente).',
  },
  defaultSort: '-startedAt',
  endpoints: [fullRebuildEndpoint],
  access: { read: canEditContent, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'label', label: 'Pubblicazione', type: 'text', required: true },
    { name: 'status', label: 'Stato', type: 'select', required: true, options: [...siteBuildStatuses], index: true },
    { name: 'reason', label: 'Motivo', type: 'text' },
    { name: 'buildId', label: 'Cartella', type: 'text' },
    { name: 'jobId', label: 'Richiesta in coda', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'startedAt', label: 'Iniziata', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', label: 'Terminata', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', label: 'Durata (ms)', type: 'number' },
    { name: 'kind', label: 'Tipo', type: 'select', options: [...siteBuildKinds], admin: { description: 'Completa: ogni pagina ridisegnata (modelli o impostazioni cambiati, o richiesta). Incrementale: solo le pagine che dipendono da ciò che è cambiato.' } },
    { name: 'pages', label: 'Pagine', type: 'number' },
    { name: 'rendered', label: 'Pagine ridisegnate', type: 'number' },
    { name: 'removed', label: 'Pagine rimosse', type: 'number' },
    { name: 'changedPaths', label: 'Pagine cambiate', type: 'textarea', admin: { description: 'Gli indirizzi riscritti o rimossi da questa pubblicazione (i primi 500).' } },
    {
      name: 'timings',
      label: 'Tempi (ms)',
      type: 'group',
      fields: [
        { name: 'astro', label: 'Disegno delle pagine', type: 'number' },
        { name: 'search', label: 'Indice di ricerca', type: 'number' },
        { name: 'compress', label: 'Compressione', type: 'number' },
      ],
    },
    { name: 'error', label: 'Errore', type: 'textarea', admin: { condition: (data) => data?.status === 'failed' } },
  ],
}
