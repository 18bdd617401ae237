// Computes codici fiscali for the fictional test identities (never used to validate real ones:
// that is api/auth/fiscalCode.ts). Omocodia is never produced: test identities do not collide.
import { fiscalCodeCheckChar, MONTH_LETTERS } from '../../auth/fiscalCode'

export { fiscalCodeCheckChar, isValidFiscalCode } from '../../auth/fiscalCode'

/** The sex as the codice fiscale encodes it (women add 40 to the day of birth). */
export type FiscalCodeSex = 'F' | 'M'

/** What a codice fiscale is computed from. */
export type FiscalCodePerson = {
  givenName: string
  familyName: string
  birthdate: string // YYYY-MM-DD
  sex: FiscalCodeSex
  placeOfBirthCode: string // Belfiore code of the comune (e.g. B180 Brindisi) or foreign country (Z…)
}

/** Uppercase A–Z only: accents dropped ("Niccolò" → "NICCOLO"), apostrophes and spaces removed. */
function lettersOf(text: string): string {
  return text.normalize('NFD').toUpperCase().replace(/[^A-Z]/g, '')
}

/** Consonants first, then vowels, then X padding — the rule shared by surname and name. */
function threeLetters(consonants: string, vowels: string): string {
  return (consonants + vowels + 'XXX').slice(0, 3)
}

function splitLetters(text: string): [string, string] {
  const letters = lettersOf(text)
  return [letters.replace(/[AEIOU]/g, ''), letters.replace(/[^AEIOU]/g, '')]
}

/** The codice fiscale of a person, as the Agenzia delle Entrate computes it (without omocodia). */
export function personToFiscalCode(person: FiscalCodePerson): string {
  const [surnameConsonants, surnameVowels] = splitLetters(person.familyName)
  const [nameConsonants, nameVowels] = splitLetters(person.givenName)
  // A name with four or more consonants skips the second one (GIANFRANCO → GFR, not GNF).
  const name = nameConsonants.length >= 4
    ? nameConsonants[0] + nameConsonants[2] + nameConsonants[3]
    : threeLetters(nameConsonants, nameVowels)
  const [year, month, day] = person.birthdate.split('-').map(Number) as [number, number, number]
  const dayCode = String(day + (person.sex === 'F' ? 40 : 0)).padStart(2, '0')
  const first15 = threeLetters(surnameConsonants, surnameVowels) + name + String(year % 100).padStart(2, '0')
    + MONTH_LETTERS[month - 1] + dayCode + person.placeOfBirthCode.toUpperCase()
  return first15 + fiscalCodeCheckChar(first15)
}
