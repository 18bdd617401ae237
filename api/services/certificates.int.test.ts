import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { certificateFiles } from '../../cms/certificates/files'
import { makeTestSealP12, sealProvider } from '../../cms/certificates/seal'
import { verifySeal } from '../../cms/certificates/verifySeal'
import { pdfToLines } from '../../cms/testing/pdfText'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { loadConfig } from '../config'
import { certificateStore } from '../data/certificates'
import { paymentStore } from '../data/payments'
import { ApiError } from '../errors'
import { startRegistryForTests, type RegistryForTests } from '../testing/registryStandIn'
import { certificateService, verifyCertificate, type CertificateDeps } from './certificates'

const giovanna = { fiscalCode: 'CPTGNN85C54B180W', name: 'Giovanna Caputo' }
let t: TestPayload
let anpr: RegistryForTests
let dir: string
let exemptionId: string
let deps: Omit<CertificateDeps, 'seal'>
let keys = 0
const ask = () => ({ type: 'residenza' as const, subjectFiscalCode: giovanna.fiscalCode, use: 'esente' as const, exemptionId, requestKey: `chiave-servizio-${Date.now()}-${keys++}` })

beforeAll(async () => {
  t = await startTestPayload()
  anpr = await startRegistryForTests()
  dir = await mkdtemp(path.join(tmpdir(), 'sigillo-comune-'))
  const office = await t.payload.create({ collection: 'offices', data: { title: 'Ufficio Anagrafe e Stato civile', slug: 'anagrafe-e-stato-civile', type: 'ufficio', summary: 'Anagrafe', _status: 'published' } as never })
  const settings = await t.payload.updateGlobal({ slug: 'certificate-settings', data: { office: office.id, bolloCents: 1600, dirittiBolloCents: 52, dirittiEsenteCents: 0, exemptions: [{ label: 'Uso elettorale', legalReference: 'Art. 1, Tabella B, D.P.R. 642/1972', active: true }] } })
  exemptionId = settings.exemptions![0]!.id!
  deps = {
    store: certificateStore(t.payload), payments: paymentStore(t.payload), registry: anpr.registry,
    files: certificateFiles(path.join(dir, 'certificati')), publicUrl: new URL('https://servizi.comune.brindisi.it'), issuer: 'Comune di Brindisi',
  }
}, 60_000)
afterAll(async () => {
  await anpr?.close()
  await t?.cleanup()
  await rm(dir, { recursive: true, force: true })
})

describe('the seal of a real deployment', () => {
  it('without the Comune’s P12 outside the demo: 503 in Italian, nothing recorded', async () => {
    const before = await t.payload.count({ collection: 'certificates' })
    const service = certificateService({ ...deps, seal: sealProvider(null) })
    const refused = await service.request(giovanna, ask()).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ApiError)
    expect(refused).toMatchObject({ code: 'unavailable', message: expect.stringContaining('sigillo elettronico del Comune') })
    expect((await t.payload.count({ collection: 'certificates' })).totalDocs).toBe(before.totalDocs)
  })

  it('with the Comune’s P12 from the settings: sealed with its certificate, no demo notice anywhere', async () => {
    const file = path.join(dir, 'sigillo.p12')
    await writeFile(file, makeTestSealP12('password-del-sigillo-del-comune', 'Comune di Brindisi'), { mode: 0o600 })
    const config = loadConfig({ SPORTELLO_PUBLIC_URL: 'http://localhost:3000', SPORTELLO_SEAL_P12_FILE: file, SPORTELLO_SEAL_P12_PASSWORD: 'password-del-sigillo-del-comune' })
    const seal = sealProvider(config.seal)!
    const service = certificateService({ ...deps, seal })
    const { certificate } = await service.request(giovanna, ask())
    expect(certificate.status).toBe('emesso')
    expect(certificate.verifyUrl).toBe(`https://servizi.comune.brindisi.it/verifica-certificato/?codice=${certificate.code}`)
    const { bytes } = await service.file(giovanna, certificate.id)
    expect(verifySeal(bytes, { trustedCertificatePem: seal().certificatePem })).toMatchObject({ valid: true, signerSubject: 'Comune di Brindisi' })
    expect((await pdfToLines(bytes)).lines.join(' ')).not.toContain('PROVA')
    expect(await verifyCertificate(deps.store, certificate.code!)).toMatchObject({ outcome: 'valido', testSeal: false })
  })

  it('a wrong password or a missing file: 503 to the citizen, never the reason', async () => {
    const service = certificateService({ ...deps, seal: sealProvider({ p12File: path.join(dir, 'sigillo.p12'), p12Password: 'sbagliata' }) })
    await expect(service.request(giovanna, ask())).rejects.toMatchObject({ code: 'unavailable', message: expect.not.stringContaining('SPORTELLO_') })
    expect(() => loadConfig({ SPORTELLO_PUBLIC_URL: 'http://localhost:3000', SPORTELLO_SEAL_P12_FILE: '/tmp/x.p12' })).toThrow(/SPORTELLO_SEAL_P12_PASSWORD/)
  })
})

describe('issuing exactly once across processes', () => {
  it('of two conditional updates on one waiting certificate only one wins; the loser gets null', async () => {
    const service = certificateService({ ...deps, seal: sealProvider({ demoDataDir: dir }) })
    const { certificate } = await service.request(giovanna, { ...ask(), use: 'bollo', exemptionId: undefined })
    expect(certificate.status).toBe('da-pagare')
    const fields = (code: string) => ({ code, issuedAt: new Date().toISOString(), sha256: 'a'.repeat(64), storageKey: '2026/12/00000000-0000-0000-0000-000000000000', filename: `${code}.pdf`, size: 1, testSeal: true })
    const results = await Promise.all(['BR-C-AAAA-AAAA-AAA1', 'BR-C-AAAA-AAAA-AAA2', 'BR-C-AAAA-AAAA-AAA3'].map((code) => deps.store.markIssued(certificate.id, fields(code))))
    expect(results.filter(Boolean)).toHaveLength(1)
    const stored = await t.payload.findByID({ collection: 'certificates', id: certificate.id, depth: 0 })
    expect(stored).toMatchObject({ status: 'emesso', code: results.find(Boolean)!.code })
    expect(await deps.store.markIssued(certificate.id, fields('BR-C-AAAA-AAAA-AAA4'))).toBeNull()
  })
})

describe('nothing asked for is lost', () => {
  it('a certificate left without its pagoPA position by a stopped request gets it on the next visit', async () => {
    const service = certificateService({ ...deps, seal: sealProvider({ demoDataDir: dir }) })
    const office = (await deps.store.settings()).office
    const stalled = await t.payload.create({
      collection: 'certificates', overrideAccess: true, depth: 0,
      data: {
        type: 'nascita', status: 'da-pagare', requesterFiscalCode: giovanna.fiscalCode, requesterName: giovanna.name, subjectFiscalCode: giovanna.fiscalCode, subjectName: giovanna.name,
        relation: 'titolare', use: 'bollo', bolloCents: 1600, dirittiCents: 52, office: office.id, requestKey: `chiave-interrotta-${Date.now()}`, createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      },
    })
    const seen = await service.one(giovanna, stalled.id)
    expect(seen.payment).toMatchObject({ amountCents: 1652, status: 'da-pagare' })
    expect(await t.payload.count({ collection: 'payment-positions', where: { applicationRef: { equals: `certificato-${stalled.id}` } } })).toMatchObject({ totalDocs: 1 })
    await service.one(giovanna, stalled.id)
    expect(await t.payload.count({ collection: 'payment-positions', where: { applicationRef: { equals: `certificato-${stalled.id}` } } })).toMatchObject({ totalDocs: 1 })
  })
})

