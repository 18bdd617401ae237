import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { staffRoles } from '../access/roles'
import { selfOrColleague } from '../access/selfOrColleague'

const roleLabels: Record<(typeof staffRoles)[number], string> = {
  admin: 'Amministratore',
  editor: 'Redattore',
  operator: 'Operatore di ufficio',
}

/** Municipal staff: editors of the public site and operators of the back office (never citizens). */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Utente staff', plural: 'Utenti staff' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Amministrazione',
  },
  auth: {
    // Throttling: five wrong passwords lock the account for fifteen minutes.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    delete: isAdmin,
    read: selfOrColleague,
    update: adminOrSelf,
  },
  fields: [
    { name: 'name', label: 'Nome e cognome', type: 'text', required: true },
    {
      name: 'roles',
      label: 'Ruoli',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: staffRoles.map((value) => ({ value, label: roleLabels[value] })),
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'offices',
      label: 'Uffici di competenza',
      type: 'relationship',
      relationTo: 'offices',
      hasMany: true,
      admin: {
        description: 'Gli operatori vedono soltanto le pratiche degli uffici indicati qui.',
        condition: (data) => Boolean(data?.roles?.includes('operator')),
      },
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
