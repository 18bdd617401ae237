import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { belfioreToPlace } from '../practices/places'

/** Channels a citizen can choose for communications from the Comune. */
export const contactChannels = [
  { value: 'email', label: 'Email' },
  { value: 'sms', label: 'SMS' },
  { value: 'app-io', label: 'App IO' },
  { value: 'posta', label: 'Posta ordinaria' },
] as const

/**
 * Citizens who logged in with SPID or CIE, keyed by codice fiscale. What the identity provider
 * vouches for is refreshed at every login; contact data is the citizen's own. Never a password.
 */
export const Citizens: CollectionConfig = {
  slug: 'citizens',
  labels: { singular: 'Cittadino', plural: 'Cittadini' },
  admin: { useAsTitle: 'fiscalCode', group: 'Sportello', defaultColumns: ['fiscalCode', 'familyName', 'givenName', 'lastLoginAt'] },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'fiscalCode', label: 'Codice fiscale', type: 'text', required: true, unique: true, index: true },
    {
      type: 'collapsible',
      label: 'Dati certificati dal provider di identità',
      fields: [
        { name: 'givenName', label: 'Nome', type: 'text', required: true },
        { name: 'familyName', label: 'Cognome', type: 'text', required: true },
        { name: 'birthDate', label: 'Data di nascita', type: 'text' },
        { name: 'birthPlace', label: 'Luogo di nascita (codice catastale)', type: 'text', admin: { hidden: true } },
        // What the clerk reads: the name from the official list of municipalities and states (cms/practices/places.ts).
        {
          name: 'birthPlaceName', label: 'Luogo di nascita', type: 'text', virtual: true, admin: { readOnly: true },
          hooks: { afterRead: [async ({ siblingData }) => (typeof siblingData?.birthPlace === 'string' && siblingData.birthPlace ? ((await belfioreToPlace(siblingData.birthPlace)) ?? siblingData.birthPlace) : null)] },
        },
        { name: 'idpEmail', label: 'Email certificata dal provider', type: 'text' },
        { name: 'idpPhone', label: 'Telefono certificato dal provider', type: 'text' },
      ],
    },
    {
      name: 'contacts',
      label: 'Recapiti per le comunicazioni',
      type: 'group',
      fields: [
        { name: 'email', label: 'Email', type: 'text' },
        { name: 'phone', label: 'Telefono', type: 'text' },
        { name: 'address', label: 'Indirizzo', type: 'text' },
        { name: 'postalCode', label: 'CAP', type: 'text' },
        { name: 'city', label: 'Comune', type: 'text' },
        { name: 'preferredChannel', label: 'Canale preferito', type: 'select', defaultValue: 'email', options: [...contactChannels] },
      ],
    },
    {
      name: 'pendingEmail',
      label: 'Email in attesa di conferma',
      type: 'group',
      admin: { readOnly: true },
      fields: [
        { name: 'address', type: 'text' },
        // Only a SHA-256 of the confirmation token is kept, like session secrets.
        { name: 'tokenHash', type: 'text', admin: { hidden: true } },
        { name: 'expiresAt', type: 'date' },
      ],
    },
    { name: 'lastLoginAt', label: 'Ultimo accesso', type: 'date', admin: { readOnly: true } },
    // The citizen's own choice per event (cms/constants/notificationEvents.ts), set from the desk's "Notifiche".
    { name: 'notificationPreferences', label: 'Canali scelti per le notifiche', type: 'json', admin: { readOnly: true } },
    // What staff read when the citizen says "I never got it": every delivery to them, newest first.
    {
      name: 'notificationLog', label: 'Registro delle notifiche', type: 'join', collection: 'notification-deliveries', on: 'citizen',
      defaultSort: '-createdAt', defaultLimit: 20, admin: { defaultColumns: ['createdAt', 'event', 'channel', 'status', 'attempts', 'lastError'], allowCreate: false },
    },
  ],
}
