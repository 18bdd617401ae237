import type { Payload } from 'payload'
import sharp from 'sharp'
import { PDFDocument } from 'pdf-lib'

const richText = (text: string) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }] }] } })

/** A small but complete online form: identity, a choice with a conditional question, two attachment slots. */
export const testForm = {
  enabled: true,
  privacyNotice: 'Il Comune tratta i tuoi dati per gestire la domanda.',
  steps: [
    { title: 'Richiedente', fields: [
      { name: 'givenName', label: 'Nome', type: 'text', required: true, prefill: 'givenName' },
      { name: 'fiscalCode', label: 'Codice fiscale', type: 'fiscalCode', required: true, prefill: 'fiscalCode' },
      { name: 'email', label: 'Email', type: 'email', required: true, prefill: 'email' },
    ] },
    { title: 'Richiesta', fields: [
      { name: 'kind', label: 'Tipo', type: 'radio', required: true, options: [{ value: 'nuovo', label: 'Nuovo' }, { value: 'rinnovo', label: 'Rinnovo' }] },
      { name: 'previous', label: 'Numero del contrassegno precedente', type: 'text', required: true, showIf: { field: 'kind', equals: 'rinnovo' } },
      { name: 'accept', label: 'Dichiaro che i dati sono veri', type: 'checkbox', required: true },
    ] },
  ],
  attachments: [
    { name: 'identity', label: 'Documento d’identità', required: true, types: ['pdf', 'jpeg', 'png'], maxMb: 1 },
    { name: 'photo', label: 'Fototessera', required: false, types: ['jpeg', 'png'], maxMb: 1 },
  ],
}

/** Two offices, a service of the first with the test form, and operators of each office. */
export async function createPracticeFixtures(payload: Payload, suffix: string) {
  const office = (title: string, slug: string) => payload.create({ collection: 'offices', data: { title, slug: `${slug}-${suffix}`, type: 'ufficio', summary: 'Ufficio di prova', _status: 'published' } as never })
  const mobility = await office('Ufficio Mobilità', 'mobilita')
  const taxes = await office('Ufficio Tributi', 'tributi')
  const service = await payload.create({
    collection: 'services',
    data: {
      title: 'Contrassegno di prova', slug: `contrassegno-${suffix}`, summary: 'Servizio di prova per i test', category: 'mobilita-e-trasporti',
      audience: richText('Tutti'), howTo: richText('Online'), needed: richText('Documento'), output: richText('Contrassegno'), times: richText('30 giorni'),
      office: mobility.id, channels: { online: true, inPerson: true }, form: testForm, maxDays: 30, termUnit: 'calendario', _status: 'published',
    } as never,
  })
  const feeService = await payload.create({
    collection: 'services',
    data: {
      title: 'Certificato con diritti di prova', slug: `certificato-${suffix}`, summary: 'Servizio di prova con diritti da pagare', category: 'anagrafe-e-stato-civile',
      audience: richText('Tutti'), howTo: richText('Online'), needed: richText('Documento'), output: richText('Certificato'), times: richText('Subito'),
      office: mobility.id, channels: { online: true, inPerson: true }, fee: { amountCents: 1600, reason: 'Imposta di bollo' }, form: { ...testForm, attachments: [] }, _status: 'published',
    } as never,
  })
  // Fees and the marca da bollo the service names, paid together through pagoPA.
  const stampService = await payload.create({
    collection: 'services',
    data: {
      title: 'Autorizzazione con bollo di prova', slug: `autorizzazione-${suffix}`, summary: 'Servizio di prova con diritti e marca da bollo', category: 'mobilita-e-trasporti',
      audience: richText('Tutti'), howTo: richText('Online'), needed: richText('Documento'), output: richText('Autorizzazione'), times: richText('30 giorni'),
      office: mobility.id, channels: { online: true, inPerson: true }, fee: { amountCents: 2500, stampDutyCents: 1600, reason: 'Diritti e marca da bollo' }, form: { ...testForm, attachments: [] }, _status: 'published',
    } as never,
  })
  const operator = (name: string, officeId: number) =>
    payload.create({ collection: 'users', data: { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${suffix}@comune.example`, password: 'Password-di-prova-1', roles: ['operator'], offices: [officeId] } as never })
  return {
    office: mobility, otherOffice: taxes, service, feeService, stampService,
    operator: { ...(await operator('Operatrice Mobilita', mobility.id)), collection: 'users' as const },
    otherOperator: { ...(await operator('Operatore Tributi', taxes.id)), collection: 'users' as const },
  }
}

/** A real one-page PDF. */
export async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage().drawText('Carta d’identità di prova'.replace('’', "'"))
  return doc.save()
}

/** A real JPEG carrying EXIF metadata (which must not survive the upload). */
export async function samplePhoto(): Promise<Uint8Array> {
  return sharp({ create: { width: 60, height: 80, channels: 3, background: '#c8a080' } }).jpeg().withExifMerge({ IFD0: { Copyright: 'Metadati personali' } }).toBuffer()
}
