import { describe, expect, it } from 'vitest'

import type { ServiceForm } from '../../cms/forms/serviceForm'
import type { PracticeAttachment } from '../../cms/payload-types'
import { pdfToLines } from '../../cms/testing/pdfText'
import { practiceReceiptPdf } from './practiceReceiptPdf'

const form: ServiceForm = {
  enabled: true, privacyNotice: 'Informativa', attachments: [],
  steps: [{ title: 'Richiedente e occupazione', fields: [
    { name: 'nome', label: 'Nome e cognome', type: 'text' },
    { name: 'descrizione', label: 'Descrizione', type: 'textarea' },
    { name: 'accompagnatore', label: 'Accompagnatore', type: 'radio', options: [{ value: 'si', label: 'Sì, con l’accompagnatore' }, { value: 'no', label: 'No' }] },
  ] }],
}
const attachment: PracticeAttachment = {
  id: 1, practice: 1, office: 1, slot: 'planimetria', filename: 'planimetria d’insieme.pdf', mime: 'application/pdf', size: 2048, sha256: 'ab'.repeat(32),
  storageKey: 'x', source: 'domanda', updatedAt: '2026-07-01T08:00:00.000Z', createdAt: '2026-07-01T08:00:00.000Z',
}
const description = 'Tavolini all’aperto davanti al «Caffè d’Aragona» – piazza Vittoria, lato mare…\nCanone stimato: 12,50 € al giorno, più l’eventuale maggiorazione per la stagione estiva già deliberata dalla Giunta.'

describe('practice receipt PDF', () => {
  it('prints the citizen’s answers as they typed them, wrapped to the page, line breaks as spaces', async () => {
    const pdf = await practiceReceiptPdf({
      protocolNumber: '2026/000042', submittedAt: '2026-07-01T08:00:00.000Z', serviceTitle: 'Occupazione di suolo pubblico', officeTitle: 'Ufficio Attività produttive',
      applicantName: 'Ștefan Țurcanu', applicantFiscalCode: 'TRCSTF80A01Z129X', form, data: { nome: 'Ștefan Țurcanu', descrizione: description, accompagnatore: 'si' }, attachments: [attachment],
    })
    const { lines } = await pdfToLines(pdf)
    expect(lines).toEqual(expect.arrayContaining(['Richiedente: Ștefan Țurcanu — codice fiscale TRCSTF80A01Z129X', 'Nome e cognome: Ștefan Țurcanu', 'Accompagnatore: Sì, con l’accompagnatore', 'planimetria d’insieme.pdf (2 kB)']))
    const first = lines.findIndex((line) => line.startsWith('Descrizione: '))
    const wrapped = lines.slice(first, lines.indexOf('Accompagnatore: Sì, con l’accompagnatore'))
    expect(wrapped.length).toBeGreaterThan(1)
    expect(wrapped.join(' ')).toBe(`Descrizione: ${description.replace('\n', ' ')}`)
  })
})
