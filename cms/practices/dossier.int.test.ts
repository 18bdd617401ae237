import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ServiceForm } from '../forms/serviceForm'
import { createOfficeWithService, createPractice, staffMember } from '../testing/backOffice'
import { pdfToLines } from '../testing/pdfText'
import { startTestPayload, type TestPayload } from '../testing/testPayload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

const form: ServiceForm = {
  enabled: true, privacyNotice: 'Informativa.',
  steps: [
    { title: 'Dichiarante', fields: [
      { name: 'birthDate', label: 'Data di nascita', type: 'date' },
      { name: 'birthPlace', label: 'Luogo di nascita', type: 'text', prefill: 'birthPlace' },
    ] },
    { title: 'Contrassegno', fields: [
      { name: 'requestType', label: 'Tipo di richiesta', type: 'radio', options: [{ value: 'rinnovo', label: 'Rinnovo del contrassegno' }, { value: 'primo', label: 'Primo rilascio' }] },
      { name: 'permit', label: 'Numero del contrassegno in scadenza', type: 'text', showIf: { field: 'requestType', equals: 'rinnovo' } },
      { name: 'home', label: 'Consegna a domicilio', type: 'checkbox' },
      { name: 'notes', label: 'Note per l’ufficio', type: 'textarea' },
    ] },
  ],
  attachments: [{ name: 'medicalCertificate', label: 'Certificato medico-legale', types: ['pdf'], maxMb: 5 }],
}
const notes = 'Chiedo la consegna entro fine mese. '.repeat(12).trim()

/** A submitted application of the office, with a file and a history that includes an internal note. */
async function submittedApplication() {
  const { office, service } = await createOfficeWithService(t.payload)
  const practice = await createPractice(t.payload, { officeId: office.id, serviceId: service.id, status: 'in-lavorazione' })
  await t.payload.update({
    collection: 'practices', id: practice.id, context: { system: true }, overrideAccess: true,
    data: { protocolNumber: `2026/${String(practice.id).padStart(6, '0')}`, submittedAt: '2026-12-02T06:09:00.000Z', privacyAcceptedAt: '2026-12-02T06:01:00.000Z', formSnapshot: form, data: { birthDate: '1985-03-14', birthPlace: 'B180', requestType: 'rinnovo', permit: 'BR-4521', home: true, notes } },
  })
  const attachment = await t.payload.create({ collection: 'practice-attachments', data: { practice: practice.id, office: office.id, slot: 'medicalCertificate', filename: 'certificato ASL.pdf', mime: 'application/pdf', size: 48_213, sha256: 'c0ffee'.padEnd(64, '7'), storageKey: 'x', source: 'domanda' } })
  const event = (kind: string, message: string | undefined, visibleToCitizen: boolean) =>
    t.payload.create({ collection: 'practice-events', data: { practice: practice.id, office: office.id, kind, actorType: 'operatore', actorLabel: 'Anna Rizzo', message, visibleToCitizen } as never })
  await event('presentata', 'Protocollo della domanda', true)
  await event('nota-interna', 'Verificare la scadenza del contrassegno con la ASL.', false)
  return { office, practice, attachment }
}

const get = (token: string | null, id: number) =>
  handleEndpoints({
    config: t.payload.config, payloadInstanceCacheKey: t.dataDir,
    request: new Request(`http://localhost:3001/api/practices/${id}/fascicolo.pdf`, { headers: token ? { authorization: `JWT ${token}` } : {} }),
  })

describe('the dossier of an application', () => {
  it('holds the receipt data, every answer in Italian by section, the files’ fingerprints and the history with internal notes marked', async () => {
    const { office, practice, attachment } = await submittedApplication()
    const clerk = await staffMember(t.payload, 'Anna Rizzo', ['operator'], [office.id])
    const res = await get(clerk.token, practice.id)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain('fascicolo-2026-')
    const { lines } = await pdfToLines(new Uint8Array(await res.arrayBuffer()))
    const text = lines.join('\n')
    expect(lines).toEqual(expect.arrayContaining([
      'Comune di Brindisi', `Protocollo n. 2026/${String(practice.id).padStart(6, '0')}`, 'Presentata il 2 dicembre 2026, 07:09', 'Informativa sulla privacy accettata il 2 dicembre 2026, 07:01', 'Ufficio responsabile: Ufficio Mobilità',
      `Richiedente: Giovanna Caputo — codice fiscale ${practice.applicantFiscalCode}`,
      'Dichiarante', 'Data di nascita', '14 marzo 1985', 'Luogo di nascita', 'Brindisi (BR)',
      'Contrassegno', 'Tipo di richiesta', 'Rinnovo del contrassegno', 'Numero del contrassegno in scadenza', 'BR-4521', 'Consegna a domicilio', 'Sì', 'Note per l’ufficio',
      'Certificato medico-legale', 'certificato ASL.pdf — 48,2 kB — Con la domanda', `SHA-256: ${attachment.sha256}`,
      'Protocollo della domanda', 'Anna Rizzo ha scritto una nota interna', 'Verificare la scadenza del contrassegno con la ASL.',
    ]))
    // The long answer is wrapped, not cut.
    expect(text.replace(/\s+/g, ' ')).toContain(notes)
    expect(text).toMatch(/ha presentato la domanda/)
    expect(text).toMatch(/\d{2}:\d{2} — interno, non visibile al cittadino\nAnna Rizzo ha scritto una nota interna/)
    expect(text).not.toMatch(/medicalCertificate|B180\b|requestType/)
  })

  it('is not found for an operator of another office, and asks anyone else to sign in', async () => {
    const { practice } = await submittedApplication()
    const elsewhere = await createOfficeWithService(t.payload)
    const stranger = await staffMember(t.payload, 'Operatore Tributi', ['operator'], [elsewhere.office.id])
    const res = await get(stranger.token, practice.id)
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ errors: [{ message: 'Pratica non trovata.' }] })
    expect((await get(null, practice.id)).status).toBe(401)
  })
})
