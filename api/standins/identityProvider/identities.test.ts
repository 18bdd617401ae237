import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { isValidFiscalCode, personToFiscalCode } from './fiscalCode'
import { identityToClaims, loadTestIdentities, TestIdentitiesError, testIdentitiesFile } from './identities'

const folders: string[] = []
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Writes `content` to a fresh temporary identities file. */
function identitiesFileWith(content: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sportello-idp-'))
  folders.push(dir)
  const file = path.join(dir, 'test-identities.json')
  writeFileSync(file, JSON.stringify(content))
  return file
}

describe('content/test-identities.json', () => {
  const identities = loadTestIdentities()

  it('holds at least six fictional citizens, each with a valid codice fiscale matching their data', () => {
    expect(identities.length).toBeGreaterThanOrEqual(6)
    for (const p of identities) {
      expect(p.fictional).toBe(true)
      expect(isValidFiscalCode(p.fiscalCode), p.fiscalCode).toBe(true)
      expect(personToFiscalCode({ ...p, placeOfBirthCode: p.placeOfBirth.code })).toBe(p.fiscalCode)
      expect(p.email).toMatch(/@example\.it$/)
      expect(p.phoneNumber).toMatch(/^\+393/)
    }
  })

  it('includes the two citizens access tests rely on and a name with an accent and an apostrophe', () => {
    expect(identities.map((p) => p.fiscalCode)).toEqual(expect.arrayContaining(['CPTGNN85C54B180W', 'VLNMRC79H03B180T']))
    expect(identities.some((p) => p.givenName === 'Niccolò' && p.familyName === "D'Amico")).toBe(true)
  })
})

describe('loadTestIdentities', () => {
  const valid = JSON.parse(readFileSync(testIdentitiesFile, 'utf8'))[0]

  it('stops with a message naming the entry when a check character is wrong', () => {
    const file = identitiesFileWith([{ ...valid, fiscalCode: valid.fiscalCode.slice(0, 15) + (valid.fiscalCode[15] === 'A' ? 'B' : 'A') }])
    expect(() => loadTestIdentities(file)).toThrow(TestIdentitiesError)
    expect(() => loadTestIdentities(file)).toThrow(/0\.fiscalCode: codice fiscale non valido/)
  })

  it('refuses an identity not marked fictional and two identities sharing a codice fiscale', () => {
    expect(() => loadTestIdentities(identitiesFileWith([{ ...valid, fictional: false }]))).toThrow(/0\.fictional/)
    const twin = { ...valid, sub: '00000000-0000-4000-8000-000000000000' }
    expect(() => loadTestIdentities(identitiesFileWith([valid, twin]))).toThrow(/stesso codice fiscale/)
  })

  it('explains a missing file in Italian', () => {
    expect(() => loadTestIdentities('/nessuna/cartella/identita.json')).toThrow(/Impossibile leggere le identità di prova/)
  })
})

describe('identityToClaims', () => {
  it('carries the fiscal number the SPID way, as TINIT- followed by the codice fiscale', () => {
    const [first] = loadTestIdentities()
    const claims = identityToClaims(first!)
    expect(claims.fiscal_number).toBe(`TINIT-${first!.fiscalCode}`)
    expect(claims.sub).toBe(first!.sub)
    expect(claims.place_of_birth).toBe(first!.placeOfBirth.code)
  })
})
