import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verifySeal } from '../../cms/certificates/verifySeal'
import type { PaymentPosition } from '../../cms/payload-types'
import { pdfToLines } from '../../cms/testing/pdfText'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import type { CertificateVerification, CertificateView } from '../contract/certificates'
import { startPortalWithPayments, type PortalWithPayments } from '../testing/portalWithPayments'
import { startRegistryForTests, type RegistryForTests } from '../testing/registryStandIn'

const GIOVANNA = 'CPTGNN85C54B180W'
const SOFIA = 'RZZSFO15B49B180L' // Giovanna's daughter
const MARCO = 'VLNMRC79H03B180T'
const DAVIDE = 'VLNDVD10R05B180K' // Marco's son

let t: TestPayload
let anpr: RegistryForTests
let portal: PortalWithPayments
/** The same portal, but its registry is an address where nothing answers. */
let registryDown: PortalWithPayments
let giovanna: string
let marco: string
let exemptionId: string
let inactiveExemptionId: string
let keyCount = 0

const newKey = () => `chiave-di-prova-${Date.now()}-${keyCount++}`

beforeAll(async () => {
  t = await startTestPayload()
  anpr = await startRegistryForTests()
  portal = await startPortalWithPayments(t, anpr.env)
  registryDown = await startPortalWithPayments(t, { ...anpr.env, SPORTELLO_ANPR_URL: 'http://127.0.0.1:9/anpr/C021' })
  giovanna = (await portal.logIn(GIOVANNA)).cookie
  marco = (await portal.logIn(MARCO)).cookie
  const office = await t.payload.create({ collection: 'offices', data: { title: 'Ufficio Anagrafe e Stato civile', slug: 'anagrafe-e-stato-civile', type: 'ufficio', summary: 'Anagrafe', _status: 'published' } as never })
  const settings = await t.payload.updateGlobal({
    slug: 'certificate-settings',
    data: {
      office: office.id, bolloCents: 1600, dirittiBolloCents: 52, dirittiEsenteCents: 0,
      exemptions: [
        { label: 'Uso elettorale', legalReference: 'Art. 1, Tabella B, D.P.R. 642/1972', active: true },
        { label: 'Uso sportivo (non più previsto)', legalReference: 'Art. 27-bis, Tabella B, D.P.R. 642/1972', active: false },
      ],
    },
  })
  exemptionId = settings.exemptions![0]!.id!
  inactiveExemptionId = settings.exemptions![1]!.id!
}, 60_000)
afterAll(async () => {
  await portal?.close()
  await registryDown?.close()
  await anpr?.close()
  await t?.cleanup()
})

const get = (cookie: string, path: string, app = portal.app) => app.request(path, { headers: { cookie } })
const ask = (cookie: string, body: Record<string, unknown>, app = portal.app) =>
  app.request('/api/me/certificati', { method: 'POST', body: JSON.stringify({ requestKey: newKey(), ...body }), headers: { cookie, origin: portal.origin, 'content-type': 'application/json' } })
const exempt = (type: string, subjectFiscalCode = GIOVANNA) => ({ type, subjectFiscalCode, use: 'esente', exemptionId })
const sendReceipt = (p: PaymentPosition, receiptId: string, app = portal.app) =>
  app.request('/api/pagopa/ricevute', {
    method: 'POST', headers: { 'content-type': 'application/json', 'ocp-apim-subscription-key': portal.receiptKey },
    body: JSON.stringify({ idPA: '00081490748', receipt: { receiptId, noticeNumber: p.noticeCode, fiscalCode: p.creditorFiscalCode, outcome: 'OK', paymentAmount: (p.amountCents / 100).toFixed(2), paymentDateTime: new Date().toISOString(), pspCompanyName: 'Banca di prova' } }),
  })
const certificatesOf = async (requesterFiscalCode: string) => (await t.payload.find({ collection: 'certificates', where: { requesterFiscalCode: { equals: requesterFiscalCode } }, pagination: false })).docs
const verify = async (code: string) => {
  const res = await portal.app.request(`/api/certificati/verifica/${encodeURIComponent(code)}`)
  return { status: res.status, cache: res.headers.get('cache-control'), body: (await res.json()) as CertificateVerification }
}

describe('I miei certificati', () => {
  it('offers the citizen and their family from the registry, the types, the active exemptions and the office’s amounts', async () => {
    const res = await get(giovanna, '/api/me/certificati/opzioni')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const options = (await res.json()) as { people: { fiscalCode: string; relation: string }[]; types: unknown[]; exemptions: { id: string }[]; amounts: Record<string, number> }
    expect(options.people.map((p) => [p.fiscalCode, p.relation])).toEqual([[GIOVANNA, 'titolare'], ['RZZPLA83S20E506O', 'familiare'], [SOFIA, 'familiare']])
    expect(options.types).toHaveLength(7)
    expect(options.exemptions.map((e) => e.id)).toEqual([exemptionId])
    expect(options.amounts).toEqual({ bolloCents: 1600, dirittiBolloCents: 52, dirittiEsenteCents: 0 })
  })

  it('a citizen the registry does not know as resident is told so in Italian (422), nothing recorded', async () => {
    const francesca = (await portal.logIn('LEOFNC90L61E506F')).cookie
    const options = await get(francesca, '/api/me/certificati/opzioni')
    expect(options.status).toBe(422)
    expect(((await options.json()) as { error: { message: string } }).error.message).toMatch(/resident|anagrafe/i)
    expect((await ask(francesca, exempt('residenza', 'LEOFNC90L61E506F'))).status).toBe(422)
    expect(await certificatesOf('LEOFNC90L61E506F')).toHaveLength(0)
  })

  it('exempt → issued at once: a sealed PDF with the registry data, downloadable only by its owner, valid on the verification page', async () => {
    const res = await ask(giovanna, exempt('stato-di-famiglia'))
    expect(res.status).toBe(201)
    const cert = (await res.json()) as CertificateView
    expect(cert).toMatchObject({ status: 'emesso', type: 'stato-di-famiglia', relation: 'titolare', exemptionLabel: 'Uso elettorale', bolloCents: 0, dirittiCents: 0, payment: null })
    expect(cert.code).toMatch(/^BR-C-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(cert.verifyUrl).toBe(`${portal.origin}/verifica-certificato/?codice=${cert.code}`)

    const file = await get(giovanna, cert.downloadUrl!)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('cache-control')).toBe('private, no-store')
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="certificato-stato-di-famiglia-${cert.code}.pdf"`)
    const bytes = new Uint8Array(await file.arrayBuffer())
    const check = verifySeal(bytes)
    expect(check).toMatchObject({ valid: true, signerSubject: 'Comune di Brindisi — sigillo di PROVA' })
    const text = (await pdfToLines(bytes)).lines.join('\n')
    for (const expected of ['Caputo Giovanna — Intestataria della scheda', 'Rizzo Paolo', 'Rizzo Sofia', 'Via degli Esempi 1', cert.code!, 'Sigillo di PROVA: documento senza valore legale']) expect(text).toContain(expected)

    // Another citizen's certificate answers exactly like a missing one.
    for (const path of [`/api/me/certificati/${cert.id}`, cert.downloadUrl!]) {
      const theirs = await get(marco, path)
      const missing = await get(marco, path.replace(String(cert.id), '999999'))
      expect(theirs.status).toBe(404)
      expect(await theirs.text()).toBe(await missing.text())
    }

    const verification = await verify(cert.code!.toLowerCase().replace(/-/g, ' '))
    expect(verification.status).toBe(200)
    expect(verification.cache).toBe('no-store')
    expect(verification.body).toEqual({
      code: cert.code, outcome: 'valido', typeLabel: 'Certificato di stato di famiglia', issuedAt: cert.issuedAt, revokedAt: null, revokeReason: null,
      sha256: createHash('sha256').update(bytes).digest('hex'), office: 'Ufficio Anagrafe e Stato civile', testSeal: true,
    })
    expect(JSON.stringify(verification.body)).not.toContain('Caputo')
    const events = await t.payload.find({ collection: 'certificate-events', where: { certificate: { equals: cert.id } }, sort: 'createdAt' })
    expect(events.docs.map((e) => e.kind)).toEqual(['richiesto', 'emesso'])
  })

  it('bollo → "da pagare" with a pagoPA position of bollo + diritti; the receipt issues it once; the return URL leads back to it', async () => {
    const res = await ask(giovanna, { type: 'residenza', subjectFiscalCode: SOFIA, use: 'bollo' })
    expect(res.status).toBe(201)
    const cert = (await res.json()) as CertificateView
    expect(cert).toMatchObject({ status: 'da-pagare', relation: 'familiare', subjectName: 'Sofia Rizzo', bolloCents: 1600, dirittiCents: 52, code: null, downloadUrl: null })
    expect(cert.payment).toMatchObject({ amountCents: 1652, status: 'da-pagare' })
    const position = await t.payload.findByID({ collection: 'payment-positions', id: cert.payment!.positionId, depth: 0 })
    expect(position).toMatchObject({ applicationRef: `certificato-${cert.id}`, amountCents: 1652, debtorFiscalCode: GIOVANNA, reason: 'Marca da bollo e diritti: Certificato di residenza', source: 'servizio' })
    expect((await get(giovanna, `/api/me/certificati/${cert.id}/certificato.pdf`)).status).toBe(404)

    const pay = await portal.app.request(`/api/me/pagamenti/${position.id}/paga`, { method: 'POST', body: '{}', headers: { cookie: giovanna, origin: portal.origin, 'content-type': 'application/json' } })
    const { redirectUrl } = (await pay.json()) as { redirectUrl: string }
    const page = await fetch(redirectUrl)
    expect(await page.text()).toContain('AMBIENTE DI PROVA')
    const done = await fetch(redirectUrl, { method: 'POST', body: new URLSearchParams({ esito: 'paga' }), redirect: 'manual' })
    expect(done.headers.get('location')).toContain(`&certificato=${cert.id}`)

    // The stand-in delivered the receipt; the certificate was issued with it, and a second delivery or the citizen's GET issue nothing more.
    const issued = (await (await get(giovanna, `/api/me/certificati/${cert.id}`)).json()) as CertificateView
    expect(issued).toMatchObject({ status: 'emesso', payment: { status: 'pagata' } })
    const receipt = (await t.payload.find({ collection: 'payment-receipts', where: { noticeCode: { equals: position.noticeCode } } })).docs[0]!
    expect((await sendReceipt(position, receipt.receiptId)).status).toBe(200)
    const again = (await (await get(giovanna, `/api/me/certificati/${cert.id}`)).json()) as CertificateView
    expect(again.code).toBe(issued.code)
    const events = await t.payload.find({ collection: 'certificate-events', where: { and: [{ certificate: { equals: cert.id } }, { kind: { equals: 'emesso' } }] } })
    expect(events.totalDocs).toBe(1)
    const text = (await pdfToLines(new Uint8Array(await (await get(giovanna, issued.downloadUrl!)).arrayBuffer()))).lines.join('\n')
    expect(text).toContain(`IUV ${position.iuv}`)
    expect(text).toContain('Rizzo Sofia')
  })

  it('a receipt and the citizen’s page racing issue the certificate exactly once', async () => {
    const cert = (await (await ask(giovanna, { type: 'nascita', subjectFiscalCode: GIOVANNA, use: 'bollo' })).json()) as CertificateView
    const position = await t.payload.findByID({ collection: 'payment-positions', id: cert.payment!.positionId, depth: 0 })
    const results = await Promise.all([sendReceipt(position, `RT-GARA-${cert.id}`), ...Array.from({ length: 4 }, () => get(giovanna, `/api/me/certificati/${cert.id}`))])
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    const stored = await t.payload.findByID({ collection: 'certificates', id: cert.id, depth: 0 })
    expect(stored.status).toBe('emesso')
    const issued = await t.payload.find({ collection: 'certificate-events', where: { and: [{ certificate: { equals: cert.id } }, { kind: { equals: 'emesso' } }] } })
    expect(issued.totalDocs).toBe(1)
  })

  it('the same request key twice (double click, retry) gives one certificate', async () => {
    const body = { ...exempt('cittadinanza'), requestKey: newKey() }
    const send = () => portal.app.request('/api/me/certificati', { method: 'POST', body: JSON.stringify(body), headers: { cookie: giovanna, origin: portal.origin, 'content-type': 'application/json' } })
    const [a, b] = await Promise.all([send(), send()])
    const c = await send()
    expect([a.status, b.status].sort()).toEqual([200, 201])
    expect(c.status).toBe(200)
    const ids = new Set(await Promise.all([a, b, c].map(async (r) => ((await r.json()) as CertificateView).id)))
    expect(ids.size).toBe(1)
    expect((await t.payload.find({ collection: 'certificates', where: { requestKey: { equals: body.requestKey } } })).totalDocs).toBe(1)
    // Someone else's key is not theirs to read.
    const theirs = await portal.app.request('/api/me/certificati', { method: 'POST', body: JSON.stringify({ ...body, subjectFiscalCode: MARCO }), headers: { cookie: marco, origin: portal.origin, 'content-type': 'application/json' } })
    expect(theirs.status).toBe(409)
    expect(JSON.stringify(await theirs.json())).not.toContain('Caputo')
  })

  it('a citizen never gets another family’s certificate, nor its self-declaration', async () => {
    const before = (await certificatesOf(GIOVANNA)).length
    for (const subject of [DAVIDE, MARCO]) {
      const res = await ask(giovanna, exempt('residenza', subject))
      expect(res.status).toBe(422)
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('tua famiglia anagrafica')
      expect((await get(giovanna, `/api/me/certificati/autocertificazione.pdf?tipo=residenza&cf=${subject}`)).status).toBe(422)
    }
    expect(await certificatesOf(GIOVANNA)).toHaveLength(before)
    const list = (await (await get(marco, '/api/me/certificati')).json()) as { certificates: CertificateView[] }
    expect(list.certificates.every((c) => !/Caputo|Rizzo/.test(c.subjectName))).toBe(true)
  })

  it('the exemption rules: an inactive or unknown exemption is refused in Italian, nothing recorded', async () => {
    const before = (await certificatesOf(GIOVANNA)).length
    for (const id of [inactiveExemptionId, 'inventata']) {
      const res = await ask(giovanna, { ...exempt('residenza'), exemptionId: id })
      expect(res.status).toBe(422)
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('esenzione')
    }
    expect((await ask(giovanna, { type: 'residenza', subjectFiscalCode: GIOVANNA, use: 'esente' })).status).toBe(422)
    expect(await certificatesOf(GIOVANNA)).toHaveLength(before)
    // Diritti on exempt certificates, when the office sets them, are paid first.
    await t.payload.updateGlobal({ slug: 'certificate-settings', data: { dirittiEsenteCents: 26 } })
    try {
      const cert = (await (await ask(giovanna, exempt('esistenza-in-vita'))).json()) as CertificateView
      expect(cert).toMatchObject({ status: 'da-pagare', bolloCents: 0, dirittiCents: 26, payment: { amountCents: 26 } })
    } finally {
      await t.payload.updateGlobal({ slug: 'certificate-settings', data: { dirittiEsenteCents: 0 } })
    }
  })

  it('registry down: an Italian 503 and nothing issued; a certificate paid meanwhile is issued on the next visit, the receipt still accepted', async () => {
    const before = (await certificatesOf(GIOVANNA)).length
    const res = await ask(giovanna, exempt('stato-civile'), registryDown.app)
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/anagrafe|ANPR|disponibile/i)
    expect(await certificatesOf(GIOVANNA)).toHaveLength(before)
    expect((await get(giovanna, '/api/me/certificati/opzioni', registryDown.app)).status).toBe(503)

    const cert = (await (await ask(giovanna, { type: 'stato-civile', subjectFiscalCode: GIOVANNA, use: 'bollo' })).json()) as CertificateView
    const position = await t.payload.findByID({ collection: 'payment-positions', id: cert.payment!.positionId, depth: 0 })
    const receipt = await sendReceipt(position, `RT-GIU-${cert.id}`, registryDown.app)
    expect(receipt.status).toBe(200)
    expect((await t.payload.findByID({ collection: 'payment-positions', id: position.id, depth: 0 })).status).toBe('pagata')
    expect((await t.payload.findByID({ collection: 'certificates', id: cert.id, depth: 0 })).status).toBe('da-pagare')
    expect((await get(giovanna, `/api/me/certificati/${cert.id}`, registryDown.app)).status).toBe(503)
    expect((await t.payload.findByID({ collection: 'certificates', id: cert.id, depth: 0 })).code).toBeFalsy()

    const issued = (await (await get(giovanna, `/api/me/certificati/${cert.id}`)).json()) as CertificateView
    expect(issued.status).toBe('emesso')
  })

  it('lists only the citizen’s own certificates, newest first', async () => {
    const res = await get(giovanna, '/api/me/certificati')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const { certificates } = (await res.json()) as { certificates: CertificateView[] }
    expect(certificates.length).toBeGreaterThan(3)
    const times = certificates.map((c) => c.requestedAt)
    expect([...times].sort().reverse()).toEqual(times)
    const mine = new Set((await certificatesOf(GIOVANNA)).map((c) => c.id))
    expect(certificates.every((c) => mine.has(c.id))).toBe(true)
  })

  it('the self-declaration: pre-filled for a family member, a PDF never cached, not recorded, not sealed', async () => {
    const before = (await certificatesOf(GIOVANNA)).length
    const res = await get(giovanna, `/api/me/certificati/autocertificazione.pdf?tipo=nascita&cf=${SOFIA}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="autocertificazione-nascita.pdf"')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const bytes = new Uint8Array(await res.arrayBuffer())
    const text = (await pdfToLines(bytes)).lines.join(' ')
    expect(text).toContain('Dichiarazione sostitutiva di certificazione')
    expect(text).toContain('Rizzo Sofia')
    expect(verifySeal(bytes).valid).toBe(false)
    expect(await certificatesOf(GIOVANNA)).toHaveLength(before)
  })
})

describe('public verification', () => {
  it('says "sconosciuto" (404, same shape, no-store) for a code never issued, and "revocato" with the reason after staff revoke', async () => {
    const unknown = await verify('BR-C-0000-0000-0000')
    expect(unknown).toMatchObject({ status: 404, cache: 'no-store', body: { outcome: 'sconosciuto', typeLabel: null, sha256: null } })
    expect((await verify('non-un-codice')).status).toBe(404)

    const cert = (await (await ask(giovanna, exempt('esistenza-in-vita'))).json()) as CertificateView
    await t.payload.update({ collection: 'certificates', id: cert.id, data: { status: 'revocato', revokedAt: new Date().toISOString(), revokeReason: 'Dati anagrafici variati.' }, overrideAccess: true })
    const revoked = await verify(cert.code!)
    expect(revoked).toMatchObject({ status: 200, body: { outcome: 'revocato', revokeReason: 'Dati anagrafici variati.', typeLabel: 'Certificato di esistenza in vita' } })
    expect((await get(giovanna, `/api/me/certificati/${cert.id}/certificato.pdf`)).status).toBe(409)
  })
})
