// The fictional citizens the test identity provider can log in as. The file is the content boundary:
// it is parsed with a schema at start-up, so a mistyped codice fiscale stops the provider with a message.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { rootDir } from '../../../cms/env'
import { isValidFiscalCode, personToFiscalCode } from './fiscalCode'

/** Where the test identities live unless a caller passes another file. */
export const testIdentitiesFile = path.join(rootDir, 'content', 'test-identities.json')

const identitySchema = z.object({
  // Only fictional people may ever be loaded: the flag makes that a checked statement, not a convention.
  fictional: z.literal(true),
  sub: z.uuid(),
  fiscalCode: z.string().refine(isValidFiscalCode, 'codice fiscale non valido'),
  givenName: z.string().min(1),
  familyName: z.string().min(1),
  sex: z.enum(['F', 'M']),
  birthdate: z.iso.date(),
  placeOfBirth: z.object({ code: z.string().regex(/^[A-Z]\d{3}$/), name: z.string().min(1) }),
  email: z.email().endsWith('@example.it'),
  phoneNumber: z.string().regex(/^\+393\d{8,9}$/),
  address: z.object({
    streetAddress: z.string().min(1),
    postalCode: z.string().regex(/^\d{5}$/),
    locality: z.string().min(1),
    region: z.string().length(2),
    country: z.literal('IT'),
  }),
  note: z.string().optional(),
}).refine(
  (p) => p.fiscalCode === personToFiscalCode({ ...p, placeOfBirthCode: p.placeOfBirth.code }),
  { message: 'il codice fiscale non corrisponde a nome, cognome, data e luogo di nascita', path: ['fiscalCode'] },
)

const fileSchema = z.array(identitySchema).min(1)
  .refine((list) => new Set(list.map((p) => p.sub)).size === list.length, 'due identità hanno lo stesso sub')
  .refine((list) => new Set(list.map((p) => p.fiscalCode)).size === list.length, 'due identità hanno lo stesso codice fiscale')

/** One fictional citizen, as content/test-identities.json describes it. */
export type TestIdentity = z.infer<typeof identitySchema>

/** Raised when the identities file is missing or wrong: the provider refuses to start. */
export class TestIdentitiesError extends Error {
  override name = 'TestIdentitiesError'
}

/** Reads and checks the test identities, or throws a TestIdentitiesError naming the bad entry. */
export function loadTestIdentities(file: string = testIdentitiesFile): TestIdentity[] {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new TestIdentitiesError(`Impossibile leggere le identità di prova da ${file}`, { cause: error })
  }
  const parsed = fileSchema.safeParse(json)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`)
    throw new TestIdentitiesError(`Identità di prova non valide in ${file}:\n${lines.join('\n')}`)
  }
  return parsed.data
}

/** The standard OpenID Connect claims of an identity, plus SPID's fiscal number ("TINIT-" + codice fiscale). */
export function identityToClaims(identity: TestIdentity) {
  const { address } = identity
  return {
    sub: identity.sub,
    fiscal_number: `TINIT-${identity.fiscalCode}`,
    given_name: identity.givenName,
    family_name: identity.familyName,
    name: `${identity.givenName} ${identity.familyName}`,
    gender: identity.sex === 'F' ? 'female' : 'male',
    birthdate: identity.birthdate,
    place_of_birth: identity.placeOfBirth.code,
    email: identity.email,
    email_verified: true,
    phone_number: identity.phoneNumber,
    phone_number_verified: true,
    address: {
      formatted: `${address.streetAddress}, ${address.postalCode} ${address.locality} (${address.region})`,
      street_address: address.streetAddress,
      postal_code: address.postalCode,
      locality: address.locality,
      region: address.region,
      country: address.country,
    },
  }
}
