// What each certificate type states from the registry, in the words the certificate and the
// self-declaration print (one source, so the two never disagree).
import { dateToItalian } from '../format/italian'
import type { RegistryFamily, RegistryPerson } from '../registry/registry'
import type { CertificateType } from './vocabulary'

/** A registry date (YYYY-MM-DD) as Italian text: "14 marzo 1985". */
export const registryDay = (day: string): string => dateToItalian(`${day}T12:00:00Z`)

/** "Giovanna Caputo". */
export const fullName = (p: Pick<RegistryPerson, 'givenName' | 'familyName'>): string => `${p.givenName} ${p.familyName}`

/** "Via degli Esempi 1, 72100 Brindisi (BR)". */
export const addressOf = (family: RegistryFamily): string =>
  `${family.address.street}, ${family.address.postalCode} ${family.address.locality} (${family.address.province})`

const bornWord = (p: RegistryPerson) => (p.sex === 'F' ? 'nata' : 'nato')

/** One block of facts: a heading, "label: value" rows, and the family's members when the type lists them. */
export type FactSection = {
  title: string
  rows: { label: string; value: string }[]
  members?: { name: string; relation: string; birth: string }[]
}

const identity = (p: RegistryPerson): FactSection['rows'] => [
  { label: 'Cognome e nome', value: `${p.familyName} ${p.givenName}` },
  { label: `${bornWord(p) === 'nata' ? 'Nata' : 'Nato'} a`, value: p.birthPlace },
  { label: 'il', value: registryDay(p.birthDate) },
  { label: 'Codice fiscale', value: p.fiscalCode },
]

const residence = (p: RegistryPerson, f: RegistryFamily): FactSection => ({
  title: 'Residenza',
  rows: [...identity(p), { label: 'Residente in', value: addressOf(f) }, { label: 'Dal', value: registryDay(f.residentSince) }],
})
const family = (f: RegistryFamily): FactSection => ({
  title: 'Stato di famiglia',
  rows: [{ label: 'Indirizzo della famiglia', value: addressOf(f) }, { label: 'Componenti', value: String(f.members.filter((m) => m.alive).length) }],
  members: f.members.filter((m) => m.alive).map((m) => ({ name: `${m.familyName} ${m.givenName}`, relation: m.relationToHead, birth: `${bornWord(m)} a ${m.birthPlace} il ${registryDay(m.birthDate)}` })),
})
const birth = (p: RegistryPerson): FactSection => ({ title: 'Nascita', rows: [...identity(p), { label: 'Sesso', value: p.sex === 'F' ? 'femminile' : 'maschile' }] })
const citizenship = (p: RegistryPerson, withIdentity: boolean): FactSection => ({
  title: 'Cittadinanza', rows: [...(withIdentity ? identity(p) : []), { label: 'Cittadinanza', value: p.citizenship }],
})
const alive = (p: RegistryPerson, withIdentity: boolean): FactSection => ({
  title: 'Esistenza in vita', rows: [...(withIdentity ? identity(p) : []), { label: 'Esistenza in vita', value: 'in vita alla data del rilascio' }],
})
const civil = (p: RegistryPerson): FactSection => ({
  title: 'Stato civile',
  rows: [
    ...identity(p), { label: 'Stato civile', value: p.civilStatus },
    ...(p.marriage ? [{ label: /unit/.test(p.civilStatus) ? 'Unione civile' : 'Matrimonio', value: `il ${registryDay(p.marriage.date)} a ${p.marriage.place} con ${p.marriage.spouseName}` }] : []),
  ],
})

/** The facts a certificate of `type` certifies about `person` of `familyOf`. */
export function factsOf(type: CertificateType, person: RegistryPerson, familyOf: RegistryFamily): FactSection[] {
  switch (type) {
    case 'residenza': return [residence(person, familyOf)]
    case 'stato-di-famiglia': return [{ title: 'Dati della persona', rows: identity(person) }, family(familyOf)]
    case 'nascita': return [birth(person)]
    case 'cittadinanza': return [citizenship(person, true)]
    case 'esistenza-in-vita': return [alive(person, true)]
    case 'stato-civile': return [civil(person)]
    case 'contestuale': return [residence(person, familyOf), citizenship(person, false), family(familyOf), alive(person, false)]
  }
}
