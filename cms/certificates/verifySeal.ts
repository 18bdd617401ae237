// Checks the seal of a certificate PDF: the digest of the signed byte ranges against the CMS
// messageDigest, the ESS signing-certificate-v2 against the embedded signing certificate (PAdES
// baseline), and the signature over the signed attributes with the signing certificate's key. The
// signing time is the signature dictionary's /M (PAdES keeps it out of the signed attributes).
import { createHash, createPublicKey, verify, X509Certificate } from 'node:crypto'

import { extractSignature } from '@signpdf/utils'
import forge from 'node-forge'

/** What a seal says: whether it holds, who made it and when, and the fingerprint of what it covers. */
export type SealCheck = {
  valid: boolean
  /** The signing certificate's subject common name. */
  signerSubject: string | null
  signedAt: Date | null
  /** SHA-256 of the signed byte ranges (hex). */
  sha256OfSignedRange: string | null
  /** The object identifiers of the CMS signed attributes, in their order. */
  signedAttributes?: string[]
  /** Why it does not hold, in Italian, when it does not. */
  problem?: string
}

const oids = { messageDigest: '1.2.840.113549.1.9.4', signingCertificateV2: '1.2.840.113549.1.9.16.2.47' }
/** Hash algorithms an ESS signing-certificate-v2 may name; SHA-256 is its default. */
const hashOfOid: Record<string, string> = { '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' }
const { asn1 } = forge
const bytesOf = (binary: string) => Buffer.from(binary, 'binary')
// forge reads the first DER value and leaves the padding after it (the option its types do not list).
const fromDerWithPadding = asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: { parseAllBytes: boolean }) => forge.asn1.Asn1

/** The signature dictionary's /M (PDF date, e.g. D:20260304102030Z or D:20260304112030+01'00'), or null. */
function signingTimeOf(pdf: Buffer, byteRangeAt: number): Date | null {
  const start = pdf.lastIndexOf(' obj', byteRangeAt)
  const end = pdf.indexOf('endobj', byteRangeAt)
  if (start < 0 || end < 0) return null
  const m = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'?(\d{2})'?)?\)/.exec(pdf.subarray(start, end).toString('latin1'))
  if (!m) return null
  const offsetMinutes = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) - offsetMinutes * 60_000)
}

/**
 * The ESS signing-certificate-v2 names `cert`: the hash of its first ESSCertIDv2 (SHA-256 unless an
 * algorithm is written) is the certificate's, and its serial, when given, is the certificate's.
 */
function signingCertificateMatches(value: forge.asn1.Asn1, cert: X509Certificate): boolean {
  const essCertId = ((value.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[])[0]!
  let fields = essCertId.value as forge.asn1.Asn1[]
  let hash = 'sha256'
  if (fields[0]!.type === asn1.Type.SEQUENCE) {
    const named = hashOfOid[asn1.derToOid((fields[0]!.value as forge.asn1.Asn1[])[0]!.value as string)]
    if (!named) return false
    hash = named
    fields = fields.slice(1)
  }
  if (!createHash(hash).update(cert.raw).digest().equals(bytesOf(fields[0]!.value as string))) return false
  const issuerSerial = fields[1]
  if (!issuerSerial) return true
  const serial = forge.util.createBuffer((issuerSerial.value as forge.asn1.Asn1[])[1]!.value as string).toHex()
  return sameSerial(serial, cert.serialNumber)
}

const sameSerial = (a: string, b: string) => a.toLowerCase().replace(/^0+/, '') === b.toLowerCase().replace(/^0+/, '')

/**
 * Verifies the (single) seal of a PDF. With `trustedCertificatePem` the seal must also be made with
 * that certificate (the Comune's): a PDF sealed with any other key fails.
 */
export function verifySeal(pdf: Uint8Array, options: { trustedCertificatePem?: string } = {}): SealCheck {
  const fail = (problem: string, partial: Partial<SealCheck> = {}): SealCheck => ({ valid: false, signerSubject: null, signedAt: null, sha256OfSignedRange: null, ...partial, problem })
  const buffer = Buffer.from(pdf)
  let extracted: ReturnType<typeof extractSignature>
  try {
    extracted = extractSignature(buffer)
  } catch {
    return fail('Il documento non porta un sigillo elettronico.')
  }
  const [start, firstLength, second, secondLength] = extracted.ByteRange as [number, number, number, number]
  if (start !== 0 || second + secondLength !== buffer.length || second <= firstLength) return fail('Il sigillo non copre l’intero documento.')
  const sha256OfSignedRange = createHash('sha256').update(extracted.signedData).digest('hex')

  try {
    // The CMS as written in /Contents <…>, zero-padded: read by its own DER length, not by trimming
    // trailing zeros (a signature may end in a zero byte).
    const contents = Buffer.from(buffer.subarray(firstLength + 1, second - 1).toString('latin1'), 'hex')
    const contentInfo = fromDerWithPadding(forge.util.createBuffer(contents.toString('binary')), { parseAllBytes: false })
    const signedData = (contentInfo.value[1] as forge.asn1.Asn1).value[0] as forge.asn1.Asn1
    const parts = signedData.value as forge.asn1.Asn1[]
    const certificates = parts.find((p) => p.tagClass === asn1.Class.CONTEXT_SPECIFIC && p.type === 0)
    const signerInfos = parts[parts.length - 1]!
    const signerInfo = (signerInfos.value as forge.asn1.Asn1[])[0]!
    const fields = signerInfo.value as forge.asn1.Asn1[]
    const signedAttrs = fields.find((f) => f.tagClass === asn1.Class.CONTEXT_SPECIFIC && f.type === 0)
    const signature = fields.find((f) => f.tagClass === asn1.Class.UNIVERSAL && f.type === asn1.Type.OCTETSTRING)
    if (!certificates || !signedAttrs || !signature) return fail('Il sigillo è incompleto.', { sha256OfSignedRange })

    // The signing certificate: the one whose issuer and serial the signer names.
    const sid = fields[1]!.value as forge.asn1.Asn1[]
    const serial = forge.util.createBuffer(sid[1]!.value as string).toHex()
    const certs = (certificates.value as forge.asn1.Asn1[]).map((c) => new X509Certificate(bytesOf(asn1.toDer(c).getBytes())))
    const cert = certs.find((c) => sameSerial(c.serialNumber, serial)) ?? null
    if (!cert) return fail('Il sigillo non contiene il certificato di chi l’ha apposto.', { sha256OfSignedRange })
    const signerSubject = /(?:^|\n)CN=([^\n]+)/.exec(cert.subject)?.[1] ?? cert.subject

    let messageDigest: string | null = null
    let signingCertificate: forge.asn1.Asn1 | null = null
    const signedAttributes: string[] = []
    for (const attribute of signedAttrs.value as forge.asn1.Asn1[]) {
      const [type, values] = attribute.value as [forge.asn1.Asn1, forge.asn1.Asn1]
      const oid = asn1.derToOid(type.value as string)
      signedAttributes.push(oid)
      const value = (values.value as forge.asn1.Asn1[])[0]!
      if (oid === oids.messageDigest) messageDigest = bytesOf(value.value as string).toString('hex')
      if (oid === oids.signingCertificateV2) signingCertificate = value
    }
    const seen = { signerSubject, signedAt: signingTimeOf(buffer, firstLength), sha256OfSignedRange, signedAttributes }
    if (messageDigest !== sha256OfSignedRange) return fail('Il documento è stato modificato dopo il sigillo.', seen)
    if (!signingCertificate) return fail('Il sigillo non indica il certificato con cui è stato apposto (signing-certificate-v2, PAdES).', seen)
    if (!signingCertificateMatches(signingCertificate, cert)) return fail('Il certificato indicato nel sigillo non è quello allegato.', seen)

    // The signature covers the DER of the signed attributes as a SET (RFC 5652, 5.4).
    const attrsAsSet = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, signedAttrs.value as forge.asn1.Asn1[])
    const signedBytes = bytesOf(asn1.toDer(attrsAsSet).getBytes())
    if (!verify('sha256', signedBytes, createPublicKey(cert.publicKey.export({ type: 'spki', format: 'pem' })), bytesOf(signature.value as string))) {
      return fail('La firma del sigillo non corrisponde al certificato.', seen)
    }
    if (options.trustedCertificatePem && !cert.raw.equals(new X509Certificate(options.trustedCertificatePem).raw)) {
      return fail('Il sigillo non è stato apposto con il certificato del Comune.', seen)
    }
    return { valid: true, ...seen }
  } catch {
    return fail('Il sigillo non è leggibile.', { sha256OfSignedRange })
  }
}
