import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { patronRules } from '../appointments/vocabulary'
import { validateAgidStatementUrl } from '../fields/agidStatementUrl'
import { validateSafeUrl } from '../fields/safeUrl'
import { rebuildOnGlobalChange } from '../publishing/rebuildQueue'
import { isAdmin } from '../access/isAdmin'
import { exampleValueHint } from '../fields/exampleValue'

/** The municipality's identity and contacts, shown in the header and footer of every page. */
export const SiteSettings: GlobalConfig = {
  slug: 'settings',
  label: 'Impostazioni del sito',
  admin: { group: 'Amministrazione' },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [rebuildOnGlobalChange] },
  fields: [
    { name: 'name', label: 'Nome dell’ente', type: 'text', required: true, defaultValue: 'Comune di Brindisi' },
    { name: 'region', label: 'Ente di appartenenza', type: 'text', defaultValue: 'Regione Puglia' },
    { name: 'regionUrl', label: 'Sito dell’ente di appartenenza', type: 'text', defaultValue: 'https://www.regione.puglia.it', validate: validateSafeUrl },
    { name: 'address', label: 'Indirizzo della sede', type: 'text', required: true, admin: { description: exampleValueHint } },
    { name: 'taxCode', label: 'Codice fiscale', type: 'text', required: true },
    { name: 'vatNumber', label: 'Partita IVA', type: 'text' },
    { name: 'phone', label: 'Centralino', type: 'text', admin: { description: exampleValueHint } },
    { name: 'tollFree', label: 'Numero verde', type: 'text', admin: { description: exampleValueHint } },
    { name: 'email', label: 'Email', type: 'email' },
    { name: 'pec', label: 'PEC', type: 'email' },
    {
      name: 'patron',
      label: 'Festa del santo patrono',
      type: 'group',
      admin: { description: 'Gli uffici sono chiusi: nessun appuntamento si prenota in quel giorno.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'saint', label: 'Santo patrono', type: 'text', defaultValue: 'Santi Teodoro d’Amasea e Lorenzo da Brindisi' },
            { name: 'rule', label: 'Quando cade', type: 'select', required: true, defaultValue: 'prima-domenica', options: [...patronRules], enumName: 'enum_settings_patron_rule' },
            { name: 'month', label: 'Mese (1-12)', type: 'number', required: true, defaultValue: 9, min: 1, max: 12 },
            { name: 'day', label: 'Giorno (se fisso)', type: 'number', min: 1, max: 31, admin: { condition: (_, sibling) => sibling?.rule === 'giorno' } },
          ],
        },
      ],
    },
    { name: 'transparencyUrl', label: 'Amministrazione trasparente', type: 'text', validate: validateSafeUrl },
    {
      name: 'accessibilityUrl',
      label: 'Dichiarazione di accessibilità (AgID)',
      type: 'text',
      validate: validateAgidStatementUrl,
      admin: {
        description:
          'L’indirizzo della dichiarazione di accessibilità del Comune pubblicata ogni anno sul sito di AgID (https://form.agid.gov.it/view/…): il link «Dichiarazione di accessibilità» del piè di pagina porta lì. Se è vuoto, porta alla pagina del sito.',
      },
    },
    {
      name: 'social',
      label: 'Social',
      type: 'array',
      labels: { singular: 'Canale social', plural: 'Canali social' },
      fields: [
        {
          name: 'network', label: 'Rete', type: 'select', required: true,
          options: [
            { value: 'facebook', label: 'Facebook' }, { value: 'instagram', label: 'Instagram' }, { value: 'youtube', label: 'YouTube' },
            { value: 'x', label: 'X (Twitter)' }, { value: 'telegram', label: 'Telegram' }, { value: 'whatsapp', label: 'WhatsApp' },
          ],
        },
        { name: 'url', label: 'Indirizzo', type: 'text', required: true, validate: validateSafeUrl },
      ],
    },
  ],
}
