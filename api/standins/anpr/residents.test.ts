import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { loadTestIdentities } from '../identityProvider/identities'
import { FictionalRegistryError, loadFictionalRegistry, registryFile, registryFileSchema } from './residents'

const folder = mkdtempSync(path.join(os.tmpdir(), 'sportello-anagrafe-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** content/registry.json with one change, written to a scratch file. */
function variant(change: (json: { families: { members: Record<string, unknown>[] }[] }) => void): string {
  const json = JSON.parse(readFileSync(registryFile, 'utf8'))
  change(json)
  const file = path.join(folder, `anagrafe-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(json))
  return file
}

describe('the fictional registry (content/registry.json)', () => {
  const registry = loadFictionalRegistry()
  const familyOf = (code: string) => registry.families.find((f) => f.members.some((m) => m.fiscalCode === code))

  it('holds every test identity, at the address of their login, except Francesca Leo, resident elsewhere on purpose', () => {
    for (const identity of loadTestIdentities()) {
      const family = familyOf(identity.fiscalCode)
      if (identity.fiscalCode === 'LEOFNC90L61E506F') expect(family).toBeUndefined()
      else expect(family?.address.street, identity.fiscalCode).toBe(identity.address.streetAddress)
    }
  })

  it('gives Giovanna Caputo a spouse and a minor daughter, Marco Valente a spouse and a son, in two different families', () => {
    const caputo = familyOf('CPTGNN85C54B180W')!
    const valente = familyOf('VLNMRC79H03B180T')!
    expect(caputo.familyId).not.toBe(valente.familyId)
    expect(caputo.members.map((m) => [m.relation, m.sex])).toEqual([['intestatario', 'F'], ['coniuge', 'M'], ['figlio', 'F']])
    expect(caputo.members[2]!.birthDate > '2008-12-31').toBe(true)
    expect(valente.members.map((m) => [m.relation, m.sex])).toEqual([['intestatario', 'M'], ['coniuge', 'F'], ['figlio', 'M']])
    expect(familyOf('PLMCSM58A30B180Q')!.members).toMatchObject([{ civilStatus: 'vedovo' }])
  })

  it('marks every person fictional', () => {
    expect(registry.families.flatMap((f) => f.members).every((m) => m.fictional === true)).toBe(true)
  })

  it('refuses an invalid codice fiscale, one that does not match the person, and a person not marked fictional', () => {
    const wrongCheck = variant((j) => { j.families[0]!.members[0]!.fiscalCode = 'CPTGNN85C54B180X' })
    expect(() => loadFictionalRegistry(wrongCheck)).toThrow(FictionalRegistryError)
    expect(() => loadFictionalRegistry(wrongCheck)).toThrow(/families\.0\.members\.0\.fiscalCode: codice fiscale non valido/)
    const someoneElse = variant((j) => { j.families[0]!.members[0]!.givenName = 'Maria' })
    expect(() => loadFictionalRegistry(someoneElse)).toThrow(/non corrisponde a nome, cognome/)
    const real = variant((j) => { delete j.families[0]!.members[0]!.fictional })
    expect(() => loadFictionalRegistry(real)).toThrow(/fictional/)
  })

  it('refuses a person in two families and a family with two heads', () => {
    const twice = variant((j) => { j.families[1]!.members.push(j.families[0]!.members[0]!) })
    expect(() => loadFictionalRegistry(twice)).toThrow(/compare in due famiglie/)
    const json = JSON.parse(readFileSync(registryFile, 'utf8'))
    json.families[0].members[1].relation = 'intestatario'
    expect(registryFileSchema.safeParse(json).success).toBe(false)
  })
})
