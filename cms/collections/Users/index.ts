import type { CollectionConfig, FieldAccess } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { staffRoles } from '../../access/roles'
import { selfOrColleague } from '../../access/selfOrColleague'
import { forgotPasswordQuietly } from './endpoints/forgotPassword'
import { secondFactorEndpoints } from './endpoints/secondFactor'
import { checkPassword, checkResetPassword } from './hooks/checkPassword'
import { forgetLoginFailures, throttleLogin } from './hooks/throttleLogin'

const roleLabels: Record<(typeof staffRoles)[number], string> = {
  admin: 'Amministratore',
  editor: 'Redattore',
  operator: 'Operatore di ufficio',
}

const never: FieldAccess = () => false
// Secrets of the second factor: written only by the endpoints in ./endpoints, never returned by
// any API (hidden), never readable or writable through one even with Payload's field access.
const secret = { hidden: true, access: { read: never, create: never, update: never } } as const

/** Municipal staff: editors of the public site and operators of the back office (never citizens); `secureCookies` makes their session cookie Secure. */
export const usersCollection = ({ secureCookies }: { secureCookies: boolean }): CollectionConfig => ({
  slug: 'users',
  labels: { singular: 'Utente staff', plural: 'Utenti staff' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'secondFactorEnabled'],
    group: 'Amministrazione',
  },
  auth: {
    // No lock-out: a locked account is a door any outsider who knows an email can shut. Failed
    // sign-ins are throttled per address instead (hooks/throttleLogin.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
    cookies: { sameSite: 'Lax', secure: secureCookies },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    delete: isAdmin,
    read: selfOrColleague,
    update: adminOrSelf,
  },
  endpoints: [...secondFactorEndpoints, forgotPasswordQuietly],
  hooks: {
    beforeOperation: [throttleLogin, checkResetPassword],
    beforeValidate: [checkPassword],
    afterLogin: [forgetLoginFailures],
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
    {
      name: 'secondFactorEnabled',
      label: 'Verifica in due passaggi',
      type: 'checkbox',
      defaultValue: false,
      access: { create: never, update: never },
      admin: { position: 'sidebar', components: { Field: '/components/secondFactor/SecondFactorPanel#SecondFactorPanel' } },
    },
    { name: 'totpSecret', type: 'text', ...secret },
    { name: 'totpPendingSecret', type: 'text', ...secret },
    { name: 'recoveryCodes', type: 'json', ...secret },
  ],
})
