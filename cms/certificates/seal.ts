// The Comune's electronic seal on certificates: PAdES baseline B-B (ETSI.CAdES.detached) made with
// @signpdf and the Comune's certificate (a PKCS#12 file, read once per process: the key and its chain
// are kept parsed, and padesCms.ts signs with node:crypto). In the demo, and only there, a self-signed test certificate is
// made at first use in the data folder; every certificate it seals says so.
import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import { SignPdf } from '@signpdf/signpdf'
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils'
import forge from 'node-forge'
import type { PDFDocument } from 'pdf-lib'

import { createFileOnce, deploymentSecret } from '../env'
import { PadesSigner } from './padesCms'

/** The key a certificate is sealed with, parsed from the PKCS#12 once: the private key, the certificates, the holder's name, and whether it is the demo's. */
export type SealKey = {
  privateKey: KeyObject
  /** The certificates (DER): the signer's first, then the rest of the chain the PKCS#12 holds. */
  chain: Buffer[]
  /** The certificate's subject common name, e.g. "Comune di Brindisi". */
  subject: string
  /** The certificate (PEM), to check seals against. */
  certificatePem: string
  /** True for the demo's self-made test certificate: no legal value. */
  test: boolean
}

/** The seal cannot be used (file missing, wrong password, no key in it); the message names the setting, never the password. */
export class SealUnavailable extends Error {
  override name = 'SealUnavailable'
}

/** The subject common name of the demo's test certificate. */
export const testSealSubject = 'Comune di Brindisi — sigillo di PROVA'


/** Reads a PKCS#12 file: the certificate whose public key matches the private key in it. */
export function sealKeyFromP12(p12: Buffer, passphrase: string, test = false): SealKey {
  let parsed: forge.pkcs12.Pkcs12Pfx
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))), false, passphrase)
  } catch {
    throw new SealUnavailable('Il file del sigillo (SPORTELLO_SEAL_P12_FILE) non si apre con la password indicata (SPORTELLO_SEAL_P12_PASSWORD).')
  }
  const keyBag = parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0]
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []).map((b) => b.cert).filter(Boolean) as forge.pki.Certificate[]
  const cert = key && certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey
    return pub.n?.compareTo(key.n) === 0 && pub.e?.compareTo(key.e) === 0
  })
  if (!cert) throw new SealUnavailable('Il file del sigillo (SPORTELLO_SEAL_P12_FILE) non contiene una chiave RSA con il suo certificato.')
  const cn = cert.subject.getField('CN')?.value as string | undefined
  const derOf = (c: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary')
  return {
    privateKey: createPrivateKey(forge.pki.privateKeyToPem(key)),
    chain: [cert, ...certs.filter((c) => c !== cert)].map(derOf),
    subject: cn ? forge.util.decodeUtf8(cn) : 'Comune', certificatePem: forge.pki.certificateToPem(cert), test,
  }
}

/** The Comune's seal from its settings (SPORTELLO_SEAL_P12_FILE, SPORTELLO_SEAL_P12_PASSWORD). */
export function sealKeyFromFile(file: string, passphrase: string): SealKey {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    throw new SealUnavailable(`Il file del sigillo indicato da SPORTELLO_SEAL_P12_FILE non si legge: ${file}`)
  }
  return sealKeyFromP12(bytes, passphrase)
}

/** Makes a self-signed test certificate and its key, as a PKCS#12 protected by `passphrase`. */
export function makeTestSealP12(passphrase: string, subject = testSealSubject, now = new Date()): Buffer {
  // Node makes the key (fast, native); forge writes the certificate and the PKCS#12.
  const { privateKey: pem } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } })
  const key = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey
  const cert = forge.pki.createCertificate()
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e)
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`
  cert.validity.notBefore = new Date(now.getTime() - 60_000)
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 86_400_000)
  const name = [
    { name: 'commonName', value: subject, valueTagClass: forge.asn1.Type.UTF8 },
    { name: 'organizationName', value: 'Comune di Brindisi', valueTagClass: forge.asn1.Type.UTF8 },
    { name: 'countryName', value: 'IT' },
  ] as forge.pki.CertificateField[]
  cert.setSubject(name)
  cert.setIssuer(name)
  cert.setExtensions([{ name: 'basicConstraints', cA: false }, { name: 'keyUsage', digitalSignature: true, nonRepudiation: true }])
  cert.sign(key, forge.md.sha256.create())
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: 'aes256', friendlyName: subject })
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary')
}

/**
 * The demo's test seal: made once in the data folder (readable by the owner only), its password a
 * deployment secret of the same folder. Two processes starting together keep the first file written.
 */
export function testSealKey(dataDir: string): SealKey {
  const passphrase = deploymentSecret(dataDir, 'sigillo-di-prova-password')
  const file = path.join(dataDir, 'private', 'sigillo-di-prova.p12')
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
    createFileOnce(file, makeTestSealP12(passphrase))
  }
  return sealKeyFromP12(readFileSync(file), passphrase, true)
}

/** Where the seal comes from: the Comune's P12, the demo's test seal, or none (the certificate service answers 503). */
export type SealSource = { p12File: string; p12Password: string } | { demoDataDir: string } | null

/** The seal of this deployment, read (or, in the demo, made) on first use and kept; null when there is none. */
export function sealProvider(source: SealSource): (() => SealKey) | null {
  if (!source) return null
  let key: SealKey | undefined
  return () => (key ??= 'p12File' in source ? sealKeyFromFile(source.p12File, source.p12Password) : testSealKey(source.demoDataDir))
}

/**
 * Seals a document: adds the signature placeholder (PAdES, ETSI.CAdES.detached, the time in /M),
 * writes the file and signs its byte ranges with the key. The document must not be changed afterwards.
 */
export async function sealPdf(doc: PDFDocument, key: SealKey, { signedAt = new Date(), contactInfo = '' }: { signedAt?: Date; contactInfo?: string } = {}): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: doc, reason: key.test ? 'Sigillo di PROVA: documento senza valore legale' : 'Certificato anagrafico rilasciato dal Comune',
    contactInfo, name: key.subject, location: 'Brindisi', signingTime: signedAt,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED, appName: 'Sportello',
  })
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }))
  return new SignPdf().sign(bytes, new PadesSigner(key), signedAt)
}
