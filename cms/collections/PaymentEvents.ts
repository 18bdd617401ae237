import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { paymentActions } from '../payments/paymentTrail'

/**
 * "Registro dei pagamenti": the append-only trail of every change to money — positions created,
 * corrected, cancelled, settled; receipts accepted or refused (with the sender's address);
 * reconciliations. Written only by the system; nobody edits or deletes an entry; admins read it.
 */
export const PaymentEvents: CollectionConfig = {
  slug: 'payment-events',
  labels: { singular: 'Evento di pagamento', plural: 'Registro dei pagamenti' },
  admin: {
    group: 'Pagamenti', useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'position', 'receipt', 'actorLabel', 'reason'],
    description: 'Chi ha fatto che cosa, e quando, su posizioni debitorie e ricevute. Nessuno può modificare o cancellare una voce.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'action', label: 'Azione', type: 'select', required: true, index: true, options: [...paymentActions] },
    { name: 'position', label: 'Posizione debitoria', type: 'relationship', relationTo: 'payment-positions', index: true },
    { name: 'receipt', label: 'Ricevuta', type: 'relationship', relationTo: 'payment-receipts', index: true },
    { name: 'actorType', label: 'Chi', type: 'select', required: true, options: [{ value: 'operatore', label: 'Personale del Comune' }, { value: 'sistema', label: 'Sistema' }, { value: 'pagopa', label: 'pagoPA' }] },
    { name: 'actor', label: 'Utente', type: 'relationship', relationTo: 'users' },
    { name: 'actorLabel', label: 'Autore', type: 'text', required: true },
    { name: 'reason', label: 'Motivo o nota', type: 'textarea' },
    {
      name: 'changes', label: 'Modifiche', type: 'array', labels: { singular: 'Modifica', plural: 'Modifiche' },
      fields: [
        { name: 'field', label: 'Dato', type: 'text', required: true },
        { name: 'before', label: 'Prima', type: 'text' },
        { name: 'after', label: 'Dopo', type: 'text' },
      ],
    },
    { name: 'sourceAddress', label: 'Indirizzo di provenienza', type: 'text' },
    { name: 'detail', label: 'Dettaglio', type: 'textarea' },
  ],
}
