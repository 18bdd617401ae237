import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { officeScoped } from '../access/officeScoped'

/**
 * "Chi segue le segnalazioni": the reporter and everyone who chose "Segui" (an email confirmed by a
 * link, or a logged-in citizen). They are told of every change; a merge moves them to the surviving
 * report. One row per report and email.
 */
export const ReportFollowers: CollectionConfig = {
  slug: 'report-followers',
  labels: { singular: 'Chi segue la segnalazione', plural: 'Chi segue le segnalazioni' },
  admin: { group: 'Segnalazioni', hidden: true },
  access: { read: officeScoped('office'), create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  indexes: [{ fields: ['report', 'email'], unique: true }],
  fields: [
    { name: 'report', type: 'relationship', relationTo: 'reports', required: true, index: true },
    { name: 'office', type: 'relationship', relationTo: 'offices', required: true, index: true },
    { name: 'email', type: 'email', required: true, index: true },
    { name: 'citizen', type: 'relationship', relationTo: 'citizens', index: true },
    { name: 'reporter', type: 'checkbox', defaultValue: false },
    // Null until the email link is opened (logged-in citizens and the confirmed reporter: at once).
    { name: 'confirmedAt', type: 'date' },
  ],
}
