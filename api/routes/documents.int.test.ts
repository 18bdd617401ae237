import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closedBecause } from '../../cms/appointments/closedDays'
import { addDays, romeDay } from '../../cms/appointments/romeTime'
import { createAppointmentFixtures } from '../../cms/appointments/testFixtures'
import type { PaymentPosition } from '../../cms/payload-types'
import { staffMember } from '../../cms/testing/backOffice'
import { pdfToLines } from '../../cms/testing/pdfText'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import type { CitizenDocument } from '../contract/certificates'
import { createPracticeFixtures, samplePdf } from '../testing/practiceFixtures'
import { startPortalWithPayments, type PortalWithPayments } from '../testing/portalWithPayments'
import { startRegistryForTests, type RegistryForTests } from '../testing/registryStandIn'

let t: TestPayload
let portal: PortalWithPayments
let anpr: RegistryForTests
let giovanna: string
let marco: string
const GIOVANNA = 'CPTGNN85C54B180W'
const MARCO = 'VLNMRC79H03B180T'
type Json = Record<string, any>
/** What each citizen was given, by kind: the ids the list must name. */
const given: Record<string, Record<string, number[]>> = { [GIOVANNA]: {}, [MARCO]: {} }
const give = (who: string, kind: string, id: number) => void (given[who]![kind] ??= []).push(id)

const get = (path: string, cookie = '') => portal.app.request(path, { headers: { cookie } })
const documentsOf = async (cookie: string) => ((await (await get('/api/me/documenti', cookie)).json()) as { documents: CitizenDocument[] }).documents
let keys = 0

beforeAll(async () => {
  t = await startTestPayload()
  anpr = await startRegistryForTests()
  portal = await startPortalWithPayments(t, anpr.env)
  giovanna = (await portal.logIn(GIOVANNA)).cookie
  marco = (await portal.logIn(MARCO)).cookie
  const payload = t.payload
  const citizenIdOf = async (fiscalCode: string) => (await payload.find({ collection: 'citizens', where: { fiscalCode: { equals: fiscalCode } }, limit: 1 })).docs[0]!.id
  const fixtures = await createPracticeFixtures(payload, 'documenti')
  const operator = await staffMember(payload, 'Operatrice Documenti', ['operator'], [fixtures.office.id])
  const pdf = await samplePdf()
  const settings = await payload.updateGlobal({
    slug: 'certificate-settings',
    data: { office: fixtures.office.id, bolloCents: 1600, dirittiBolloCents: 52, dirittiEsenteCents: 0, exemptions: [{ label: 'Uso elettorale', legalReference: 'Art. 1, Tabella B, D.P.R. 642/1972', active: true }] },
  })
  const exemptionId = settings.exemptions![0]!.id!
  const everyDay = ['1', '2', '3', '4', '5', '6', '7'].map((weekday) => ({ weekday, from: '08:00', to: '20:00' }))
  const { calendar } = await createAppointmentFixtures(payload, 'documenti', { hours: everyDay as never, slotMinutes: 30, desks: 1, horizonDays: 30, cutoffHours: 1 })
  let day = addDays(romeDay(new Date()), 3)
  while (closedBecause(day, { patron: null, closures: [] })) day = addDays(day, 1)
  const slots = ((await (await get(`/api/appuntamenti/calendari/${calendar.id}/giorni/${day}`)).json()) as Json).slots as { startsAt: string }[]

  for (const [n, fiscalCode, cookie] of [[1, GIOVANNA, giovanna], [2, MARCO, marco]] as const) {
    const citizen = await citizenIdOf(fiscalCode)
    // A submitted application, decided, with its final act; and a draft, which has no receipt.
    const practice = await payload.create({
      collection: 'practices', context: { system: true },
      data: {
        title: 'Contrassegno di prova', applicantName: `Cittadino ${n}`, applicantFiscalCode: fiscalCode, data: { givenName: 'Prova', fiscalCode, email: 'prova@example.it', kind: 'nuovo', accept: true },
        service: fixtures.service.id, office: fixtures.office.id, citizen, status: 'accolta', version: 1, protocolNumber: `2026/00010${n}`, submittedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      },
    })
    give(fiscalCode, 'ricevuta-domanda', practice.id)
    await payload.create({ collection: 'practices', context: { system: true }, data: { title: 'Bozza', applicantName: 'x', applicantFiscalCode: fiscalCode, data: {}, service: fixtures.service.id, office: fixtures.office.id, citizen, status: 'bozza', version: 1 } })
    const body = new FormData()
    body.set('file', new Blob([Buffer.from(pdf)], { type: 'application/pdf' }), 'atto.pdf')
    const attached = await handleEndpoints({
      config: payload.config, payloadInstanceCacheKey: t.dataDir,
      request: new Request(`http://localhost:3001/api/practices/${practice.id}/atto-finale`, { method: 'POST', body, headers: { authorization: `JWT ${operator.token}` } }),
    })
    expect(attached.status).toBe(201)
    give(fiscalCode, 'atto-finale', ((await attached.json()) as Json).doc.id)
    // Certificates: one issued by the engine (the citizen's own request, over the registry stand-in), one revoked,
    // one still to pay (not a document yet).
    const asked = await portal.app.request('/api/me/certificati', {
      method: 'POST', headers: { cookie, origin: portal.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'residenza', subjectFiscalCode: fiscalCode, use: 'esente', exemptionId, requestKey: `documenti-certificato-${n}-${Date.now()}` }),
    })
    expect(asked.status, await asked.clone().text()).toBe(201)
    give(fiscalCode, 'certificato', ((await asked.json()) as Json).id)
    for (const [status, code] of [['revocato', `RV${n}`], ['da-pagare', `DP${n}`]] as const) {
      const certificate = await payload.create({
        collection: 'certificates',
        data: {
          code: `DOC-${code}`, type: 'stato-di-famiglia', status, requesterFiscalCode: fiscalCode, requesterName: `Cittadino ${n}`, subjectFiscalCode: fiscalCode, subjectName: `Cittadino ${n}`,
          relation: 'titolare', use: 'esente', bolloCents: 0, dirittiCents: 0, office: fixtures.office.id, requestKey: `documenti-${code}`,
          issuedAt: status === 'da-pagare' ? null : new Date(Date.now() - 86_400_000).toISOString(), revokedAt: status === 'revocato' ? new Date().toISOString() : null,
          filename: `certificato-stato-di-famiglia-DOC-${code}.pdf`,
        } as never,
      })
      if (status !== 'da-pagare') give(fiscalCode, 'certificato', certificate.id)
    }
    // Payments: a notice to pay, one paid (its receipt), one cancelled (nothing).
    const position = (reason: string) => payload.create({
      collection: 'payment-positions',
      data: { reason, amountCents: 2500, dueDate: new Date(Date.now() + 10 * 86_400_000).toISOString(), debtorFiscalCode: fiscalCode, debtorName: `Cittadino ${n}`, office: fixtures.office.id, status: 'da-pagare', source: 'operatore' } as PaymentPosition,
    })
    give(fiscalCode, 'avviso-pagamento', (await position('Mensa scolastica')).id)
    const paid = await position('Trasporto scolastico')
    const receipt = await portal.app.request('/api/pagopa/ricevute', {
      method: 'POST', headers: { 'content-type': 'application/json', 'ocp-apim-subscription-key': portal.receiptKey },
      body: JSON.stringify({ idPA: '00081490748', receipt: { receiptId: `ric-documenti-${n}`, noticeNumber: paid.noticeCode, fiscalCode: paid.creditorFiscalCode, outcome: 'OK', paymentAmount: '25.00', paymentDateTime: new Date().toISOString(), pspCompanyName: 'Banca di prova' } }),
    })
    expect(await receipt.json()).toEqual({ outcome: 'settled' })
    give(fiscalCode, 'ricevuta-pagamento', paid.id)
    await payload.update({ collection: 'payment-positions', id: (await position('Annullata')).id, data: { status: 'annullata' } })
    // A booking made logged in, and one cancelled (no confirmation to keep).
    const book = (slot: number) => portal.app.request('/api/appuntamenti/prenotazioni', {
      method: 'POST', headers: { cookie, origin: portal.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ calendarId: calendar.id, startsAt: slots[slot]!.startsAt, requestKey: `documenti-${++keys}-${Date.now()}`, reason: 'Ritiro documenti', applicant: { givenName: 'Prova', familyName: 'Prova', email: 'prova@example.org', phone: '+39 333 0000000' } }),
    })
    const booking = ((await (await book(n * 2)).json()) as Json).booking
    give(fiscalCode, 'conferma-appuntamento', booking.id)
    const cancelled = ((await (await book(n * 2 + 1)).json()) as Json).booking
    const cancelledRes = await portal.app.request(`/api/me/appuntamenti/${cancelled.id}/annulla`, { method: 'POST', headers: { cookie, origin: portal.origin, 'content-type': 'application/json' }, body: '{}' })
    expect(cancelledRes.status).toBe(200)
  }
}, 120_000)
afterAll(async () => {
  await portal?.close()
  await anpr?.close()
  await t?.cleanup()
})

const idsByKind = (documents: CitizenDocument[]) => {
  const out: Record<string, number[]> = {}
  for (const d of documents) (out[d.kind] ??= []).push(Number(d.id.slice(d.kind.length + 1)))
  for (const list of Object.values(out)) list.sort((a, b) => a - b)
  return out
}

describe('GET /api/me/documenti', () => {
  it('lists each kind of document of the session’s citizen, newest first, and nothing of another citizen', async () => {
    for (const [fiscalCode, cookie] of [[GIOVANNA, giovanna], [MARCO, marco]] as const) {
      const res = await get('/api/me/documenti', cookie)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('private, no-store')
      const { documents } = (await res.json()) as { documents: CitizenDocument[] }
      const expected = Object.fromEntries(Object.entries(given[fiscalCode]!).map(([kind, ids]) => [kind, [...ids].sort((a, b) => a - b)]))
      expect(idsByKind(documents)).toEqual(expected)
      const dates = documents.map((d) => d.date)
      expect(dates).toEqual([...dates].sort().reverse())
      for (const d of documents) expect(d.mime).toBe('application/pdf')
    }
    const mine = await documentsOf(giovanna)
    expect(mine.find((d) => d.kind === 'certificato' && d.title.includes('DOC-RV1'))).toMatchObject({ kindLabel: 'Certificato', title: 'Certificato di stato di famiglia, codice DOC-RV1 (revocato)', href: null, filename: 'certificato-stato-di-famiglia-DOC-RV1.pdf' })
    expect(mine.find((d) => d.kind === 'ricevuta-domanda')).toMatchObject({ kindLabel: 'Ricevuta della domanda', title: 'Ricevuta della domanda «Contrassegno di prova», protocollo 2026/000101', filename: 'ricevuta-2026-000101.pdf' })
    expect(JSON.stringify(mine)).not.toMatch(/2026\/000102|DOC-RV2/)
  })

  it('asks for the SPID/CIE session', async () => {
    expect((await get('/api/me/documenti')).status).toBe(401)
  })

  it('gives every listed document as a private PDF download with its file name; another citizen gets 404', async () => {
    const all = await documentsOf(giovanna)
    // A revoked certificate stays listed, said so, without a link; the engine no longer gives its file (409, in Italian).
    const revoked = all.find((d) => d.title.endsWith('(revocato)'))!
    expect(revoked.href).toBeNull()
    const refused = await get(`/api/me/certificati/${revoked.id.replace('certificato-', '')}/certificato.pdf`, giovanna)
    expect(refused.status).toBe(409)
    expect(refused.headers.get('cache-control')).toBe('private, no-store')
    const documents = all.filter((d) => d !== revoked).map((d) => ({ ...d, href: d.href! }))
    expect(documents.every((d) => d.href.startsWith('/api/me/'))).toBe(true)
    expect(documents.map((d) => d.kind).sort()).toEqual(['atto-finale', 'avviso-pagamento', 'certificato', 'conferma-appuntamento', 'ricevuta-domanda', 'ricevuta-pagamento'])
    for (const d of documents) {
      const res = await get(d.href, giovanna)
      expect(res.status, d.href).toBe(200)
      expect(res.headers.get('content-type'), d.href).toBe('application/pdf')
      expect(res.headers.get('cache-control'), d.href).toBe('private, no-store')
      expect(decodeURIComponent(res.headers.get('content-disposition') ?? ''), d.href).toContain(d.filename)
      expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
      // Another citizen asking for the same address: not found, exactly like a missing one.
      expect((await get(d.href, marco)).status, d.href).toBe(404)
    }
  })

  it('prints the booking confirmation: code, office, address, day and time', async () => {
    const confirmation = (await documentsOf(giovanna)).find((d) => d.kind === 'conferma-appuntamento')!
    const res = await get(confirmation.href!, giovanna)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="conferma-prenotazione-[A-Z0-9-]+\.pdf"$/)
    const { lines } = await pdfToLines(new Uint8Array(await res.arrayBuffer()))
    const text = lines.join('\n')
    const booking = ((await (await get(`/api/me/appuntamenti/${confirmation.id.split('-').at(-1)}`, giovanna)).json()) as Json)
    expect(text).toContain('Conferma di prenotazione dell’appuntamento')
    expect(text).toContain(booking.code)
    expect(text).toContain('Piazza Matteotti 1, Brindisi')
    expect(text).toMatch(/Ora\s*\d{2}:\d{2} – \d{2}:\d{2}/)
    expect((await get('/api/me/appuntamenti/99999999/conferma.pdf', giovanna)).status).toBe(404)
    expect((await get('/api/me/appuntamenti/abc/conferma.pdf', giovanna)).status).toBeLessThan(500)
  })
})
