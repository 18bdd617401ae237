import type { CollectionConfig } from 'payload'

import { lifeEvents } from '../constants/lifeEvents'
import { termUnits } from '../practices/deadline'
import { serviceCategories } from '../constants/serviceCategories'
import { validateSafeUrl } from '../fields/safeUrl'
import { slug } from '../fields/slug'
import { summary } from '../fields/summary'
import { topics } from '../fields/topics'
import { serviceForm } from '../fields/serviceForm'
import { publicContent } from './publicContent'
import { previewFor } from '../publishing/previewLink'

/** "Servizi": the full service sheet ("scheda servizio") of the Designers Italia model for municipalities. */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: { singular: 'Servizio', plural: 'Servizi' },
  admin: {
    useAsTitle: 'title',
    group: 'Servizi',
    defaultColumns: ['title', 'category', 'serviceStatus', '_status'],
    listSearchableFields: ['title', 'summary', 'keywords'],
    preview: previewFor('services'),
  },
  ...publicContent,
  fields: [
    { name: 'title', label: 'Titolo del servizio', type: 'text', required: true, maxLength: 120 },
    summary(),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Descrizione',
          fields: [
            { name: 'description', label: 'Cos’è', type: 'richText' },
            { name: 'audience', label: 'A chi è rivolto', type: 'richText', required: true },
            { name: 'coverage', label: 'Copertura geografica', type: 'text', defaultValue: 'Comune di Brindisi' },
          ],
        },
        {
          label: 'Accesso',
          fields: [
            { name: 'howTo', label: 'Come fare', type: 'richText', required: true },
            { name: 'needed', label: 'Cosa serve', type: 'richText', required: true },
            { name: 'output', label: 'Cosa si ottiene', type: 'richText', required: true },
            {
              name: 'channels',
              label: 'Canali di accesso',
              type: 'group',
              fields: [
                { name: 'online', label: 'Disponibile online', type: 'checkbox', defaultValue: false },
                {
                  name: 'onlineUrl',
                  label: 'Indirizzo del servizio online (se esterno)',
                  type: 'text',
                  validate: validateSafeUrl,
                  admin: { condition: (_, sibling) => Boolean(sibling?.online) },
                },
                { name: 'inPerson', label: 'Disponibile allo sportello', type: 'checkbox', defaultValue: true },
                { name: 'booking', label: 'Su appuntamento', type: 'checkbox', defaultValue: false },
              ],
            },
          ],
        },
        {
          label: 'Tempi e costi',
          fields: [
            { name: 'times', label: 'Tempi e scadenze', type: 'richText', required: true },
            {
              type: 'row',
              fields: [
                { name: 'maxDays', label: 'Termine del procedimento (giorni)', type: 'number', min: 0, admin: { width: '50%', description: 'Il termine di legge per concludere la pratica; per le domande online fissa la scadenza.' } },
                { name: 'termUnit', label: 'Come si contano i giorni', type: 'select', defaultValue: 'calendario', options: [...termUnits], admin: { width: '50%' } },
              ],
            },
            { name: 'costs', label: 'Quanto costa', type: 'richText' },
            {
              name: 'fee',
              label: 'Diritti da pagare con pagoPA',
              type: 'group',
              admin: { description: 'Se indicato, chi presenta la domanda online riceve un avviso pagoPA con questi importi: i diritti e, se dovuta, la marca da bollo digitale, come voci distinte dello stesso avviso.' },
              fields: [
                { name: 'amountCents', label: 'Diritti in centesimi di euro', type: 'number', min: 1, admin: { step: 1, description: 'Per esempio 2500 per 25,00 € di diritti di istruttoria. Vuoto se il servizio non prevede diritti.', components: { afterInput: ['/components/money/EuroAmount#EuroPreview'] } } },
                { name: 'reason', label: 'Causale', type: 'text', maxLength: 140 },
                { name: 'stampDutyCents', label: 'Marca da bollo digitale in centesimi di euro', type: 'number', min: 1, admin: { step: 1, description: 'L’imposta di bollo sulla domanda, se la scheda del servizio la prevede: per esempio 1600 per 16,00 €. Si paga con pagoPA insieme ai diritti.', components: { afterInput: ['/components/money/EuroAmount#EuroPreview'] } } },
              ],
            },
          ],
        },
        {
          label: 'Modulo online',
          description: 'Il modulo che il cittadino compila online. I passaggi seguono l’ordine: informativa privacy → dati → allegati → riepilogo → invio.',
          fields: [serviceForm()],
        },
        {
          label: 'Altro',
          fields: [
            { name: 'specialCases', label: 'Casi particolari', type: 'richText' },
            { name: 'moreInfo', label: 'Ulteriori informazioni', type: 'richText' },
            { name: 'conditions', label: 'Condizioni di servizio', type: 'textarea' },
            {
              name: 'keywords',
              label: 'Sinonimi per la ricerca',
              type: 'text',
              admin: {
                description:
                  'I nomi con cui i cittadini cercano questo servizio, separati da virgola (per esempio «CIE, documento d’identità, rinnovo carta»). ' +
                  'La ricerca del sito mette il servizio in cima ai risultati per il suo titolo e per questi sinonimi; non sono mostrati nella pagina.',
              },
            },
          ],
        },
      ],
    },
    {
      // Not "status": on PostgreSQL that name would clash with the drafts' `_status` enum type.
      name: 'serviceStatus',
      label: 'Stato del servizio',
      type: 'select',
      required: true,
      defaultValue: 'attivo',
      options: [
        { value: 'attivo', label: 'Servizio attivo' },
        { value: 'non-attivo', label: 'Servizio non attivo' },
        { value: 'in-sviluppo', label: 'In fase di sviluppo' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'statusReason',
      label: 'Motivo dello stato',
      type: 'text',
      admin: { position: 'sidebar', condition: (data) => data?.serviceStatus !== 'attivo' },
    },
    {
      name: 'category',
      label: 'Categoria',
      type: 'select',
      required: true,
      options: serviceCategories.map(({ value, label }) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'office',
      label: 'Unità organizzativa responsabile',
      type: 'relationship',
      relationTo: 'offices',
      required: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'lifeEvents',
      label: 'Eventi della vita',
      type: 'select',
      hasMany: true,
      options: lifeEvents.map(({ value, label }) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    { name: 'documents', label: 'Documenti e moduli', type: 'relationship', relationTo: 'documents', hasMany: true },
    topics(),
    slug(),
  ],
}
