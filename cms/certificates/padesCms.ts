// The CMS of the Comune's seal, PAdES baseline B-B (ETSI EN 319 142-1, CAdES signed attributes of
// ETSI EN 319 122-1): SignedData, detached (the PDF's signed byte ranges are not inside), one signer
// named by issuer and serial, signed attributes content-type, message-digest and ESS
// signing-certificate-v2 — no signing-time: PAdES puts the time in the signature dictionary (/M).
// pkijs and asn1js write the ASN.1; node:crypto hashes and signs (native RSA, PKCS#1 v1.5 with SHA-256).
import { createHash, sign, type KeyObject } from 'node:crypto'

import { Signer } from '@signpdf/utils'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'

/** The object identifiers the seal's CMS uses. */
export const cmsOids = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  /** id-aa-signingCertificateV2 (RFC 5035). */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsaEncryption: '1.2.840.113549.1.1.11',
} as const

/** What signs: the private key and the certificates (DER), the signer's first, then the rest of its chain. */
export type CmsSigningKey = { privateKey: KeyObject; chain: Buffer[] }

const toArrayBuffer = (bytes: Buffer): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer

/** The parts of a key that never change between signatures, parsed once per key. */
type Prepared = { certificates: pkijs.Certificate[]; signer: pkijs.Certificate; signingCertificateV2: Buffer }
const preparedKeys = new WeakMap<CmsSigningKey, Prepared>()

function prepare(key: CmsSigningKey): Prepared {
  let prepared = preparedKeys.get(key)
  if (prepared) return prepared
  const certificates = key.chain.map((der) => pkijs.Certificate.fromBER(toArrayBuffer(der)))
  const signer = certificates[0]!
  // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }, one ESSCertIDv2 for the signer:
  // { certHash (SHA-256, the default algorithm, so not written), issuerSerial { issuer GeneralNames, serialNumber } }.
  const issuerSerial = new asn1js.Sequence({
    value: [
      new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: signer.issuer })] }).toSchema(),
      signer.serialNumber,
    ],
  })
  const essCertId = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: toArrayBuffer(createHash('sha256').update(key.chain[0]!).digest()) }), issuerSerial] })
  const signingCertificateV2 = Buffer.from(new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] }).toBER())
  prepared = { certificates, signer, signingCertificateV2 }
  preparedKeys.set(key, prepared)
  return prepared
}

const attribute = (type: string, value: asn1js.AsnType) => new pkijs.Attribute({ type, values: [value] })
const der = (value: { toSchema(): { toBER(): ArrayBuffer } }) => Buffer.from(value.toSchema().toBER())

/**
 * The detached CMS SignedData (DER) of a PAdES B-B seal over `content` (the PDF's signed byte ranges).
 * The signed attributes are written in DER order (SET OF, sorted by their encodings) and the
 * signature covers exactly that SET (RFC 5652, 5.4).
 */
export function padesCms(content: Buffer, key: CmsSigningKey): Buffer {
  const { certificates, signer, signingCertificateV2 } = prepare(key)
  const attributes = [
    attribute(cmsOids.contentType, new asn1js.ObjectIdentifier({ value: cmsOids.data })),
    attribute(cmsOids.messageDigest, new asn1js.OctetString({ valueHex: toArrayBuffer(createHash('sha256').update(content).digest()) })),
    attribute(cmsOids.signingCertificateV2, asn1js.fromBER(toArrayBuffer(signingCertificateV2)).result),
  ].sort((a, b) => Buffer.compare(der(a), der(b)))
  const signedAttributesAsSet = Buffer.from(new asn1js.Set({ value: attributes.map((a) => a.toSchema()) }).toBER())
  const signature = sign('sha256', signedAttributesAsSet, key.privateKey)

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: cmsOids.sha256 }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: cmsOids.sha256WithRsaEncryption, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signature) }),
  })
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: cmsOids.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: cmsOids.data }),
    certificates,
    signerInfos: [signerInfo],
  })
  return Buffer.from(new pkijs.ContentInfo({ contentType: cmsOids.signedData, content: signedData.toSchema(true) }).toSchema().toBER())
}

/** The @signpdf signer of the seal: PAdES B-B CMS made with node:crypto. The signing time goes in /M, not here. */
export class PadesSigner extends Signer {
  constructor(private readonly key: CmsSigningKey) {
    super()
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return padesCms(pdfBuffer, this.key)
  }
}
