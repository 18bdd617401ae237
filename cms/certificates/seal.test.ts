import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeTestSealP12, sealKeyFromP12, sealPdf, SealUnavailable, testSealKey, testSealSubject, type SealKey } from './seal'
import { verifySeal } from './verifySeal'

let dir: string
let comune: SealKey
let other: SealKey

const onePage = async (text = 'Certificato di prova') => {
  const doc = await PDFDocument.create()
  doc.addPage().drawText(text, { x: 50, y: 700 })
  return doc
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sigillo-'))
  comune = testSealKey(dir)
  other = sealKeyFromP12(makeTestSealP12('altra-password-di-prova', 'Qualcun altro'), 'altra-password-di-prova')
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

describe('the electronic seal (PAdES)', () => {
  it('makes the demo’s test certificate once, private, and reads it back the same', async () => {
    expect(comune.test).toBe(true)
    expect(comune.subject).toBe(testSealSubject)
    expect((await stat(path.join(dir, 'private', 'sigillo-di-prova.p12'))).mode & 0o777).toBe(0o600)
    expect(testSealKey(dir).certificatePem).toBe(comune.certificatePem)
  })

  it('a sealed PDF verifies with its certificate, with signer, time and the digest of the signed range', async () => {
    const signedAt = new Date('2026-03-04T10:20:30Z')
    const pdf = await sealPdf(await onePage(), comune, { signedAt })
    expect(pdf.includes('/ETSI.CAdES.detached')).toBe(true)
    const check = verifySeal(pdf, { trustedCertificatePem: comune.certificatePem })
    expect(check).toMatchObject({ valid: true, signerSubject: testSealSubject })
    expect(check.signedAt?.toISOString()).toBe(signedAt.toISOString())
    expect(check.sha256OfSignedRange).toMatch(/^[0-9a-f]{64}$/)
  })

  it('fails after one byte inside the signed range changes', async () => {
    const pdf = await sealPdf(await onePage('Residente in Via degli Esempi 1'), comune)
    const at = pdf.indexOf('/Title') >= 0 ? pdf.indexOf('/Type') : 100
    const tampered = Buffer.from(pdf)
    tampered[at + 2] = tampered[at + 2]! ^ 0x01
    expect(verifySeal(pdf).valid).toBe(true)
    const check = verifySeal(tampered)
    expect(check.valid).toBe(false)
    expect(check.problem).toContain('modificato')
  })

  it('a PDF sealed with another key fails against the Comune’s certificate', async () => {
    const pdf = await sealPdf(await onePage(), other)
    expect(verifySeal(pdf).valid).toBe(true)
    const check = verifySeal(pdf, { trustedCertificatePem: comune.certificatePem })
    expect(check).toMatchObject({ valid: false, signerSubject: 'Qualcun altro' })
  })

  it('an unsealed PDF or a wrong password is said plainly', async () => {
    expect(verifySeal(await (await onePage()).save()).valid).toBe(false)
    expect(() => sealKeyFromP12(makeTestSealP12('giusta-password'), 'sbagliata')).toThrow(SealUnavailable)
  })
})
