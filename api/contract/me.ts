import { z } from '@hono/zod-openapi'

import { contactChannels } from '../../cms/collections/Citizens'
import { enumOf } from '../openapi'

const channel = enumOf(contactChannels)
const orEmpty = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema])

/** Request and response shapes of the desk's data routes (api/routes/me.ts), which services build to. */
export const meSchemas = {
  session: z.object({ authenticated: z.boolean(), name: z.string().optional() }).openapi('SessionState'),
  profile: z.object({
    fiscalCode: z.string(), givenName: z.string(), familyName: z.string(),
    birthDate: z.string().nullable(), birthPlace: z.string().nullable(),
    certified: z.object({ email: z.string().nullable(), phone: z.string().nullable() }),
    contacts: z.object({
      email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable(),
      postalCode: z.string().nullable(), city: z.string().nullable(), preferredChannel: channel,
    }),
    pendingEmail: z.string().nullable(),
  }).openapi('CitizenProfile'),
  contactsUpdate: z.strictObject({
    email: orEmpty(z.string().trim().toLowerCase().max(254, 'L’indirizzo email è troppo lungo.').email('Indirizzo email non valido.')).optional(),
    phone: orEmpty(z.string().trim().regex(/^\+?[0-9][0-9 ]{5,18}$/, 'Numero di telefono non valido: usa solo cifre e spazi, con il prefisso internazionale se serve (es. +39 333 1234567).')).optional(),
    address: orEmpty(z.string().trim().min(3, 'Indirizzo troppo breve.').max(200, 'L’indirizzo può avere al massimo 200 caratteri.')).optional(),
    postalCode: orEmpty(z.string().trim().regex(/^\d{5}$/, 'Il CAP è composto da 5 cifre.')).optional(),
    city: orEmpty(z.string().trim().min(2, 'Nome del comune troppo breve.').max(100, 'Il nome del comune può avere al massimo 100 caratteri.')).optional(),
    preferredChannel: z.enum(channel.options, { error: 'Canale di comunicazione non valido.' }).optional(),
  }, { error: (issue) => (issue.code === 'unrecognized_keys' ? `Campo non modificabile: ${issue.keys.join(', ')}.` : undefined) }).openapi('ContactsUpdate'),
  confirmQuery: z.object({ token: z.string().max(200).default('') }),
}

/** What the desk shows in "I miei dati". */
export type CitizenProfile = z.output<typeof meSchemas.profile>
/** The contact fields a citizen may change; an empty string clears a field. */
export type ContactsUpdate = z.output<typeof meSchemas.contactsUpdate>
