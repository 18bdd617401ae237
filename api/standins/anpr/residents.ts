// The fictional residents the ANPR stand-in answers for (content/registry.json). The file is a content
// boundary: parsed with a schema at start-up, so a mistyped codice fiscale or relation stops the stand-in.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { rootDir } from '../../../cms/env'
import { citizenships, civilStatusCodes, relationKeys } from '../../../cms/registry/anprProtocol'
import { isValidFiscalCode, personToFiscalCode } from '../identityProvider/fiscalCode'

/** Where the fictional registry lives unless a caller passes another file. */
export const registryFile = path.join(rootDir, 'content', 'registry.json')

const civilStatuses = Object.values(civilStatusCodes).flatMap((s) => [s.F, s.M]) as [string, ...string[]]
const adjectives = citizenships.map((c) => c.adjective) as [string, ...string[]]

const residentSchema = z.object({
  // Only fictional people may ever be loaded: the flag makes that a checked statement, not a convention.
  fictional: z.literal(true),
  fiscalCode: z.string().refine(isValidFiscalCode, 'codice fiscale non valido'),
  givenName: z.string().min(1),
  familyName: z.string().min(1),
  sex: z.enum(['F', 'M']),
  birthDate: z.iso.date(),
  /** A comune (Belfiore code, name, province) or a foreign State (Z… code, name, no province). */
  birthPlace: z.object({ code: z.string().regex(/^[A-Z]\d{3}$/), name: z.string().min(1), province: z.string().length(2).optional() })
    .refine((p) => p.code.startsWith('Z') === !p.province, 'un comune ha la sigla della provincia, uno Stato estero no'),
  citizenship: z.enum(adjectives),
  civilStatus: z.enum(civilStatuses),
  marriage: z.object({ date: z.iso.date(), place: z.string().min(1), spouseName: z.string().min(1) }).optional(),
  relation: z.enum(relationKeys),
}).refine(
  (p) => p.fiscalCode === personToFiscalCode({ ...p, birthdate: p.birthDate, placeOfBirthCode: p.birthPlace.code }),
  { message: 'il codice fiscale non corrisponde a nome, cognome, data e luogo di nascita', path: ['fiscalCode'] },
).refine((p) => Object.values(civilStatusCodes).some((s) => s[p.sex] === p.civilStatus), { message: 'stato civile non concordato con il sesso', path: ['civilStatus'] })

const familySchema = z.object({
  familyId: z.string().regex(/^[A-Z0-9-]{4,40}$/),
  address: z.object({ street: z.string().min(1), postalCode: z.string().regex(/^\d{5}$/) }),
  residentSince: z.iso.date(),
  members: z.array(residentSchema).min(1)
    .refine((m) => m.filter((p) => p.relation === 'intestatario').length === 1, 'ogni famiglia ha un solo intestatario della scheda'),
})

export const registryFileSchema = z.object({
  note: z.string().optional(),
  comune: z.object({ name: z.string(), province: z.string().length(2), istatCode: z.string().regex(/^\d{6}$/), cadastralCode: z.string().regex(/^[A-Z]\d{3}$/), postalCode: z.string() }),
  families: z.array(familySchema).min(1),
}).refine((r) => {
  const codes = r.families.flatMap((f) => f.members.map((m) => m.fiscalCode))
  return new Set(codes).size === codes.length
}, 'una persona compare in due famiglie (o due volte nella stessa)')
  .refine((r) => new Set(r.families.map((f) => f.familyId)).size === r.families.length, 'due famiglie hanno lo stesso identificativo')

/** The fictional registry, as content/registry.json describes it. */
export type FictionalRegistry = z.infer<typeof registryFileSchema>
export type FictionalFamily = FictionalRegistry['families'][number]
export type FictionalResident = FictionalFamily['members'][number]

/** Raised when the registry file is missing or wrong: the stand-in refuses to start. */
export class FictionalRegistryError extends Error {
  override name = 'FictionalRegistryError'
}

/** Reads and checks the fictional registry, or throws a FictionalRegistryError naming the bad entry. */
export function loadFictionalRegistry(file: string = registryFile): FictionalRegistry {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new FictionalRegistryError(`Impossibile leggere l'anagrafe fittizia da ${file}`, { cause: error })
  }
  const parsed = registryFileSchema.safeParse(json)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`)
    throw new FictionalRegistryError(`Anagrafe fittizia non valida in ${file}:\n${lines.join('\n')}`)
  }
  return parsed.data
}
