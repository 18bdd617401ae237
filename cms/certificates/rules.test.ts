import { describe, expect, it } from 'vitest'

import type { RegistryFamily, RegistryPerson } from '../registry/registry'
import { activeExemptions, amountDue, CertificateRefused, peopleOf, priceOf, subjectOf, type CertificatePricing } from './rules'

const person = (fiscalCode: string, relationToHead: string, alive = true): RegistryPerson => ({
  fiscalCode, givenName: 'Nome', familyName: 'Cognome', sex: 'F', birthDate: '1985-03-14', birthPlace: 'Brindisi (BR)',
  citizenship: 'italiana', civilStatus: 'coniugata', alive, relationToHead,
})
const family: RegistryFamily = {
  familyId: 'F1', residentSince: '2010-05-01', address: { street: 'Via degli Esempi 1', postalCode: '72100', locality: 'Brindisi', province: 'BR' },
  members: [person('CPTGNN85C54B180W', 'Intestatario della scheda'), person('FIGLIA00A41B180X', 'Figlia'), person('NONNO30A01B180Y', 'Padre', false)],
}
const pricing: CertificatePricing = {
  bolloCents: 1600, dirittiBolloCents: 52, dirittiEsenteCents: 0,
  exemptions: [
    { id: 'pensione', label: 'Pensione', legalReference: 'Art. 9, Tabella B, D.P.R. 642/1972', active: true },
    { id: 'sport', label: 'Sport', legalReference: 'Art. 27-bis', active: false },
  ],
}

describe('who may ask for whom', () => {
  it('the citizen for themself and for a living member of their family', () => {
    expect(subjectOf('CPTGNN85C54B180W', family, 'CPTGNN85C54B180W').relation).toBe('titolare')
    expect(subjectOf('CPTGNN85C54B180W', family, 'FIGLIA00A41B180X')).toMatchObject({ relation: 'familiare', person: { relationToHead: 'Figlia' } })
    expect(peopleOf('FIGLIA00A41B180X', family).map((p) => [p.person.fiscalCode, p.relation])).toEqual([['FIGLIA00A41B180X', 'titolare'], ['CPTGNN85C54B180W', 'familiare']])
  })

  it('never anyone outside the family, nor a deceased person, nor from a family the citizen is not in', () => {
    expect(() => subjectOf('CPTGNN85C54B180W', family, 'VLNMRC79H03B180T')).toThrow(/tua famiglia anagrafica/)
    expect(() => subjectOf('CPTGNN85C54B180W', family, 'NONNO30A01B180Y')).toThrow(/decesso/)
    expect(() => subjectOf('VLNMRC79H03B180T', family, 'CPTGNN85C54B180W')).toThrow(CertificateRefused)
  })
})

describe('what a certificate costs', () => {
  it('with bollo: the office’s marca da bollo and diritti', () => {
    const price = priceOf(pricing, 'bollo')
    expect(price).toEqual({ bolloCents: 1600, dirittiCents: 52, exemption: null })
    expect(amountDue(price)).toBe(1652)
    expect(amountDue(priceOf({ ...pricing, bolloCents: 1800, dirittiBolloCents: 0 }, 'bollo'))).toBe(1800)
  })

  it('exempt: an active exemption of the office’s list, with the diritti for exempt certificates', () => {
    expect(priceOf(pricing, 'esente', 'pensione')).toEqual({ bolloCents: 0, dirittiCents: 0, exemption: { label: 'Pensione', legalReference: 'Art. 9, Tabella B, D.P.R. 642/1972' } })
    expect(amountDue(priceOf({ ...pricing, dirittiEsenteCents: 26 }, 'esente', 'pensione'))).toBe(26)
    expect(activeExemptions(pricing).map((e) => e.id)).toEqual(['pensione'])
  })

  it('refuses an exemption that is unknown, inactive or missing, in Italian', () => {
    expect(() => priceOf(pricing, 'esente', 'sport')).toThrow(/non è \(più\) tra quelle previste/)
    expect(() => priceOf(pricing, 'esente', 'inventata')).toThrow(CertificateRefused)
    expect(() => priceOf(pricing, 'esente')).toThrow(/Scegli l’uso/)
  })
})
