import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RegistryFamily, RegistryPerson } from '../registry/registry'
import { missingGlyph, pdfToLines } from '../testing/pdfText'
import { article40, certificatePdf, testSealNotice, type CertificateContent } from './certificatePdf'
import { sealPdf, testSealKey, type SealKey } from './seal'
import { article76, selfDeclarationPdf } from './selfDeclarationPdf'
import { verifySeal } from './verifySeal'

const mother: RegistryPerson = {
  fiscalCode: 'CPTGNN85C54B180W', givenName: 'Giovanna', familyName: 'Caputo', sex: 'F', birthDate: '1985-03-14', birthPlace: 'Brindisi (BR)',
  citizenship: 'italiana', civilStatus: 'coniugata', marriage: { date: '2012-06-16', place: 'Brindisi (BR)', spouseName: 'Luca Rizzo' }, alive: true, relationToHead: 'Intestataria della scheda',
}
const daughter: RegistryPerson = { ...mother, fiscalCode: 'RZZSFO14E41B180K', givenName: 'Sofia', familyName: 'Rizzo', birthDate: '2014-05-01', civilStatus: 'nubile', marriage: undefined, relationToHead: 'Figlia' }
const family: RegistryFamily = { familyId: 'F1', residentSince: '2012-07-01', address: { street: 'Via degli Esempi 1', postalCode: '72100', locality: 'Brindisi', province: 'BR' }, members: [mother, daughter] }

let dir: string
let key: SealKey
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'certificato-'))
  key = testSealKey(dir)
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

const content = (over: Partial<CertificateContent> = {}): CertificateContent => ({
  type: 'stato-di-famiglia', issuer: 'Comune di Brindisi', office: 'Ufficio Anagrafe e Stato civile', subject: mother, family,
  use: { kind: 'esente', label: 'Uso elettorale', legalReference: 'Art. 1, Tabella B, D.P.R. 642/1972' },
  code: 'BR-C-AB12-CD34-EF56', issuedAt: new Date('2026-12-02T19:05:00Z'), verifyUrl: 'http://localhost:3000/verifica-certificato/?codice=BR-C-AB12-CD34-EF56', testSeal: true, ...over,
})

describe('the certificate PDF', () => {
  it('prints office, type, every member of the family, the use, art. 40, Rome time, code, the verification URL and the demo notice; sealed', async () => {
    const pdf = await sealPdf(await certificatePdf(content()), key)
    const text = (await pdfToLines(pdf)).lines.join('\n')
    for (const expected of ['Comune di Brindisi', 'Certificato di stato di famiglia', 'Ufficio Anagrafe e Stato civile', 'Via degli Esempi 1, 72100 Brindisi (BR)',
      'Caputo Giovanna — Intestataria della scheda', 'Rizzo Sofia — Figlia', 'nata a Brindisi (BR) il 1 maggio 2014',
      'In esenzione dall’imposta di bollo ai sensi di Art. 1, Tabella B, D.P.R. 642/1972 — uso: Uso elettorale.', '2 dicembre 2026, 20:05',
      'BR-C-AB12-CD34-EF56', 'http://localhost:3000/verifica-certificato/?codice=BR-C-AB12-CD34-EF56', testSealNotice]) {
      expect(text).toContain(expected)
    }
    expect(text.replace(/\n/g, ' ')).toContain(article40)
    expect(verifySeal(pdf, { trustedCertificatePem: key.certificatePem }).valid).toBe(true)
  })

  it('the stato civile prints the marriage; the bollo line names the IUV; no demo notice with the Comune’s own seal', async () => {
    const doc = await certificatePdf(content({ type: 'stato-civile', use: { kind: 'bollo', iuv: '01234567890123456' }, testSeal: false }))
    const text = (await pdfToLines(await doc.save())).lines.join('\n')
    expect(text).toContain('coniugata')
    expect(text).toContain('il 16 giugno 2012 a Brindisi (BR) con Luca Rizzo')
    expect(text).toContain('Imposta di bollo assolta con marca da bollo digitale pagata con pagoPA, IUV 01234567890123456.')
    expect(text).not.toContain('PROVA')
  })

  it('certificates built together, sharing the parsed typeface, each print their own text and glyphs', async () => {
    const people = ['Žofia Łukasiewicz', 'Ștefan Țurcanu', 'Niccolò D’Amico', 'Řehoř Ňuková']
    const pdfs = await Promise.all(people.map((name, i) => {
      const [givenName, familyName] = name.split(' ') as [string, string]
      const person = { ...mother, givenName, familyName }
      return certificatePdf(content({ subject: person, family: { ...family, members: [person] }, code: `BR-C-CONC-000${i}` })).then((doc) => doc.save())
    }))
    for (const [i, pdf] of pdfs.entries()) {
      const text = (await pdfToLines(pdf)).lines.join('\n')
      const [givenName, familyName] = people[i]!.split(' ') as [string, string]
      expect(text).toContain(`${familyName} ${givenName}`)
      expect(text).toContain(`BR-C-CONC-000${i}`)
      expect(text).not.toContain(missingGlyph)
      for (const other of people.filter((_, j) => j !== i)) expect(text).not.toContain(other.split(' ')[1]!)
    }
  })

  it('the contestuale holds residenza, cittadinanza, stato di famiglia and esistenza in vita', async () => {
    const text = (await pdfToLines(await (await certificatePdf(content({ type: 'contestuale' }))).save())).lines.join('\n')
    for (const section of ['Residenza', 'Cittadinanza', 'Stato di famiglia', 'Esistenza in vita', 'italiana', 'Dal1 luglio 2012']) expect(text).toContain(section)
  })
})

describe('the self-declaration', () => {
  it('is pre-filled for a family member, with art. 76 and the signature lines, and carries no seal', async () => {
    const pdf = await selfDeclarationPdf({ type: 'nascita', issuer: 'Comune di Brindisi', declarant: mother, subject: daughter, family, today: new Date('2026-12-02T10:00:00Z') })
    const text = (await pdfToLines(pdf)).lines.join(' ')
    expect(text).toContain('Dichiarazione sostitutiva di certificazione')
    expect(text).toContain('Giovanna Caputo, nata a Brindisi (BR) il 14 marzo 1985')
    expect(text).toContain('DICHIARA')
    expect(text).toContain('Rizzo Sofia')
    expect(text).toContain(article76.slice(0, 60))
    expect(text).toContain('Il/La dichiarante')
    expect(verifySeal(pdf).valid).toBe(false)
  })
})
