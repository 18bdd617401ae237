import { execFileSync } from 'node:child_process'
import { createHash, X509Certificate } from 'node:crypto'
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { P12Signer } from '@signpdf/signer-p12'
import { SignPdf } from '@signpdf/signpdf'
import { extractSignature } from '@signpdf/utils'
import * as asn1js from 'asn1js'
import forge from 'node-forge'
import { PDFDocument } from 'pdf-lib'
import * as pkijs from 'pkijs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cmsOids } from './padesCms'
import { makeTestSealP12, sealKeyFromP12, sealPdf, SealUnavailable, testSealKey, testSealSubject, type SealKey } from './seal'
import { verifySeal } from './verifySeal'

/** The seal's CMS (DER, without the zero padding of /Contents) and the bytes it signs. */
function cmsOf(pdf: Buffer): { cms: Buffer; signedRange: Buffer } {
  // /Contents <…> read by the ByteRange, zero padding included: extractSignature trims trailing
  // zeros, which cuts a CMS whose last byte is zero (one signature in 256).
  const { ByteRange, signedData } = extractSignature(pdf)
  const [, firstLength, second] = ByteRange as [number, number, number, number]
  const padded = Buffer.from(pdf.subarray(firstLength + 1, second - 1).toString('latin1'), 'hex')
  const { offset } = asn1js.fromBER(Uint8Array.from(padded).buffer)
  return { cms: padded.subarray(0, offset), signedRange: signedData }
}

/** The signed attributes of the seal's signer, read with pkijs (independently of verifySeal). */
function signedAttributesOf(pdf: Buffer): pkijs.Attribute[] {
  const { cms } = cmsOf(pdf)
  const contentInfo = pkijs.ContentInfo.fromBER(Uint8Array.from(cms).buffer)
  const signedData = new pkijs.SignedData({ schema: contentInfo.content })
  return signedData.signerInfos[0]!.signedAttrs!.attributes
}

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

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

  it('is PAdES baseline B-B: content-type, message-digest and ESS signing-certificate-v2 naming the Comune’s certificate; no signing-time', async () => {
    const signedAt = new Date('2026-05-06T07:08:09Z')
    const pdf = await sealPdf(await onePage(), comune, { signedAt })
    const check = verifySeal(pdf, { trustedCertificatePem: comune.certificatePem })
    expect(check.valid).toBe(true)
    expect([...check.signedAttributes!].sort()).toEqual([cmsOids.contentType, cmsOids.messageDigest, cmsOids.signingCertificateV2].sort())
    expect(check.signedAttributes).not.toContain(cmsOids.signingTime)
    // The time is the signature dictionary's /M.
    expect(pdf.toString('latin1')).toContain('/M (D:20260506070809Z)')
    expect(check.signedAt?.toISOString()).toBe(signedAt.toISOString())

    // Read independently with pkijs: SigningCertificateV2 { certs { ESSCertIDv2 { certHash (SHA-256 by default), issuerSerial } } }.
    const attributes = signedAttributesOf(pdf)
    expect(attributes.map((a) => a.type)).not.toContain(cmsOids.signingTime)
    const ess = attributes.find((a) => a.type === cmsOids.signingCertificateV2)!
    const essCertId = ((ess.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence
    const [certHash, issuerSerial] = essCertId.valueBlock.value as [asn1js.OctetString, asn1js.Sequence]
    const comuneCertificate = new X509Certificate(comune.certificatePem)
    expect(Buffer.from(certHash.valueBlock.valueHexView).toString('hex')).toBe(createHash('sha256').update(comuneCertificate.raw).digest('hex'))
    const serial = Buffer.from((issuerSerial.valueBlock.value[1] as asn1js.Integer).valueBlock.valueHexView).toString('hex')
    expect(serial.replace(/^0+/, '')).toBe(comuneCertificate.serialNumber.toLowerCase().replace(/^0+/, ''))
    const contentType = attributes.find((a) => a.type === cmsOids.contentType)!
    expect((contentType.values[0] as asn1js.ObjectIdentifier).valueBlock.toString()).toBe(cmsOids.data)
  })

  it('fails when the signing-certificate-v2 names another certificate, or is missing (a plain CMS, as @signpdf/signer-p12 makes)', async () => {
    const pdf = await sealPdf(await onePage(), comune)
    // The certificate hash sits in /Contents, outside the signed range: only the ESS check can see it changed.
    const hash = createHash('sha256').update(new X509Certificate(comune.certificatePem).raw).digest('hex')
    const text = pdf.toString('latin1')
    const at = text.toLowerCase().indexOf(hash)
    expect(at).toBeGreaterThan(0)
    const tampered = Buffer.from(pdf)
    tampered[at] = tampered[at] === 0x30 ? 0x31 : 0x30
    expect(verifySeal(tampered)).toMatchObject({ valid: false, problem: 'Il certificato indicato nel sigillo non è quello allegato.' })

    const p12 = makeTestSealP12('password-di-prova-p12')
    const doc = await onePage()
    const { pdflibAddPlaceholder } = await import('@signpdf/placeholder-pdf-lib')
    pdflibAddPlaceholder({ pdfDoc: doc, reason: 'prova', contactInfo: '', name: 'prova', location: 'Brindisi', subFilter: 'ETSI.CAdES.detached' })
    const plain = await new SignPdf().sign(Buffer.from(await doc.save({ useObjectStreams: false })), new P12Signer(p12, { passphrase: 'password-di-prova-p12' }))
    expect(verifySeal(plain)).toMatchObject({ valid: false, problem: expect.stringContaining('signing-certificate-v2') })
  })

  it('embeds the chain the PKCS#12 holds, the signer first, and still verifies', async () => {
    // A CA and a seal certificate it issued, in one PKCS#12.
    const keys = () => forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 })
    const [caKeys, sealKeys] = [keys(), keys()]
    const certificate = (cn: string, publicKey: forge.pki.PublicKey, issuer: string, signingKey: forge.pki.rsa.PrivateKey, serial: string) => {
      const cert = forge.pki.createCertificate()
      cert.publicKey = publicKey
      cert.serialNumber = serial
      cert.validity.notBefore = new Date(Date.now() - 60_000)
      cert.validity.notAfter = new Date(Date.now() + 86_400_000)
      cert.setSubject([{ name: 'commonName', value: cn }])
      cert.setIssuer([{ name: 'commonName', value: issuer }])
      cert.sign(signingKey, forge.md.sha256.create())
      return cert
    }
    const ca = certificate('CA di prova', caKeys.publicKey, 'CA di prova', caKeys.privateKey, '0a')
    const leaf = certificate('Comune di Prova', sealKeys.publicKey, 'CA di prova', caKeys.privateKey, '0b')
    const p12 = Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(sealKeys.privateKey, [ca, leaf], 'catena', { algorithm: '3des' })).getBytes(), 'binary')
    const key = sealKeyFromP12(p12, 'catena')
    expect(key.subject).toBe('Comune di Prova')
    expect(key.chain.map((der) => new X509Certificate(der).subject)).toEqual(['CN=Comune di Prova', 'CN=CA di prova'])
    const pdf = await sealPdf(await onePage(), key)
    expect(verifySeal(pdf, { trustedCertificatePem: key.certificatePem })).toMatchObject({ valid: true, signerSubject: 'Comune di Prova' })
    const { cms } = cmsOf(pdf)
    const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(Uint8Array.from(cms).buffer).content })
    expect(signedData.certificates).toHaveLength(2)
  })

  it.skipIf(!hasOpenssl)('openssl accepts the CMS over the signed range (cms -verify, detached, DER)', async () => {
    const pdf = await sealPdf(await onePage('Verifica con openssl'), comune)
    const { cms, signedRange } = cmsOf(pdf)
    const files = { cms: path.join(dir, 'sigillo.cms'), range: path.join(dir, 'intervallo.bin') }
    await writeFile(files.cms, cms)
    await writeFile(files.range, signedRange)
    const verify = (content: string) => execFileSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', files.cms, '-noverify', '-content', content, '-out', '/dev/null'], { stdio: 'pipe' })
    expect(() => verify(files.range)).not.toThrow()
    const changed = Buffer.from(signedRange)
    changed[200] = changed[200]! ^ 0x01
    await writeFile(files.range, changed)
    expect(() => verify(files.range)).toThrow()
  })

  it('an unsealed PDF or a wrong password is said plainly', async () => {
    expect(verifySeal(await (await onePage()).save()).valid).toBe(false)
    expect(() => sealKeyFromP12(makeTestSealP12('giusta-password'), 'sbagliata')).toThrow(SealUnavailable)
  })
})
