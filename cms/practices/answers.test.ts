import { describe, expect, it } from 'vitest'

import type { ServiceForm } from '../forms/serviceForm'
import { answersToSections, attachmentsToGroups, readApplication } from './answers'

const form: ServiceForm = {
  enabled: true,
  privacyNotice: 'Informativa.',
  steps: [
    {
      title: 'Dichiarante',
      fields: [
        { name: 'fiscalCode', label: 'Codice fiscale', type: 'fiscalCode', prefill: 'fiscalCode' },
        { name: 'birthDate', label: 'Data di nascita', type: 'date', prefill: 'birthDate' },
        { name: 'birthPlace', label: 'Luogo di nascita', type: 'text', prefill: 'birthPlace', help: 'Come nel documento.' },
      ],
    },
    {
      title: 'Richiesta',
      fields: [
        { name: 'housing', label: 'Titolo di occupazione', type: 'select', options: [{ value: 'locazione', label: 'Locazione' }, { value: 'proprieta', label: 'Proprietà' }] },
        { name: 'lease', label: 'Estremi del contratto', type: 'text', showIf: { field: 'housing', equals: 'locazione' } },
        { name: 'vehicles', label: 'Possiedo veicoli', type: 'checkbox' },
        { name: 'plates', label: 'Targhe', type: 'text', showIf: { field: 'vehicles', equals: 'true' } },
        { name: 'width', label: 'Larghezza (m)', type: 'number' },
        { name: 'notes', label: 'Note', type: 'textarea' },
      ],
    },
  ],
  attachments: [
    { name: 'housingDocument', label: 'Contratto di locazione', types: ['pdf'], maxMb: 5 },
    { name: 'identityDocument', label: 'Documento d’identità', types: ['pdf'], maxMb: 5 },
  ],
}

describe('the application as the back office reads it', () => {
  it('reads each answer in Italian under its step and label: option labels, Sì/No, dates, numbers, codes as given', () => {
    const sections = answersToSections(form, { fiscalCode: 'CPTGNN85C54B180W', birthDate: '1985-03-14', birthPlace: 'Brindisi (BR)', housing: 'locazione', lease: 'Reg. 123', vehicles: false, width: 12500.5 })
    expect(sections).toEqual([
      { title: 'Dichiarante', answers: [
        { name: 'fiscalCode', label: 'Codice fiscale', value: 'CPTGNN85C54B180W' },
        { name: 'birthDate', label: 'Data di nascita', value: '14 marzo 1985' },
        { name: 'birthPlace', label: 'Luogo di nascita', help: 'Come nel documento.', value: 'Brindisi (BR)' },
      ] },
      { title: 'Richiesta', answers: [
        { name: 'housing', label: 'Titolo di occupazione', value: 'Locazione' },
        { name: 'lease', label: 'Estremi del contratto', value: 'Reg. 123' },
        { name: 'vehicles', label: 'Possiedo veicoli', value: 'No' },
        { name: 'width', label: 'Larghezza (m)', value: '12.500,5' },
        { name: 'notes', label: 'Note', value: 'Non indicato' },
      ] },
    ])
  })

  it('leaves out the questions a condition hid and shows those it revealed', () => {
    const names = (data: Parameters<typeof answersToSections>[1]) => answersToSections(form, data).flatMap((s) => s.answers.map((a) => a.name))
    expect(names({ housing: 'proprieta', vehicles: true, plates: 'AB123CD' })).toEqual(expect.arrayContaining(['plates']))
    expect(names({ housing: 'proprieta', vehicles: true })).not.toContain('lease')
    expect(names({ housing: 'locazione', vehicles: false, plates: 'AB123CD' })).not.toContain('plates')
  })

  it('keeps a day-only date on its day whatever the time zone', () => {
    const [first] = answersToSections(form, { birthDate: '2026-01-01' })
    expect(first!.answers.find((a) => a.name === 'birthDate')!.value).toBe('1 gennaio 2026')
    const [last] = answersToSections(form, { birthDate: '2026-12-31' })
    expect(last!.answers.find((a) => a.name === 'birthDate')!.value).toBe('31 dicembre 2026')
  })

  it('names a place of birth given as a Belfiore code, Italian or foreign', async () => {
    const place = async (code: string) => (await readApplication(form, { birthPlace: code }, [])).sections[0]!.answers.find((a) => a.name === 'birthPlace')!.value
    expect(await place('B180')).toBe('Brindisi (BR)')
    expect(await place('Z404')).toBe('Stati Uniti d\'America')
    expect(await place('Nata a Brindisi')).toBe('Nata a Brindisi')
  })

  it('groups the files under their slot’s label, never its name, with size, fingerprint and source', () => {
    const sha = 'a'.repeat(64)
    const groups = attachmentsToGroups(form, [
      { id: 1, slot: 'housingDocument', filename: 'contratto.pdf', mime: 'application/pdf', size: 12_400, sha256: sha, source: 'domanda' },
      { id: 2, slot: 'integrazione', filename: 'ricevuta.pdf', mime: 'application/pdf', size: 820, sha256: sha, source: 'integrazione' },
    ])
    expect(groups).toEqual([
      { slot: 'housingDocument', label: 'Contratto di locazione', files: [{ id: 1, filename: 'contratto.pdf', mime: 'application/pdf', size: '12,4 kB', sha256: sha, source: 'Con la domanda' }] },
      { slot: 'integrazione', label: 'Integrazioni inviate su richiesta dell’ufficio', files: [{ id: 2, filename: 'ricevuta.pdf', mime: 'application/pdf', size: '820 byte', sha256: sha, source: 'Integrazione' }] },
    ])
    expect(JSON.stringify(groups.map((g) => g.label))).not.toContain('housingDocument')
  })
})
