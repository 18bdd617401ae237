import { z } from '@hono/zod-openapi'

import { certificateStatuses, certificateTypes, certificateUses } from '../../cms/certificates/vocabulary'
import { enumOf } from '../openapi'

const typeValue = enumOf(certificateTypes)

/** A person the citizen may ask a certificate for: themself, or a member of their registry family. */
const person = z.object({
  fiscalCode: z.string(), name: z.string(),
  relation: z.enum(['titolare', 'familiare']),
  /** "Intestatario della scheda", "Coniuge", "Figlia"… as the registry says it. */
  relationLabel: z.string(),
}).openapi('CertificatePerson')

/** What the request form offers: people, types, exempt uses and the amounts set by the office. */
const options = z.object({
  people: z.array(person),
  types: z.array(z.object({ value: typeValue, label: z.string(), description: z.string() })),
  exemptions: z.array(z.object({ id: z.string(), label: z.string(), legalReference: z.string() })),
  amounts: z.object({ bolloCents: z.number(), dirittiBolloCents: z.number(), dirittiEsenteCents: z.number() }),
  office: z.object({ name: z.string() }),
}).openapi('CertificateOptions')

/** A certificate as the citizen's desk shows it. `downloadUrl` is set once issued (and not revoked). */
const certificate = z.object({
  id: z.number(), code: z.string().nullable(), type: typeValue, typeLabel: z.string(), status: enumOf(certificateStatuses),
  subjectName: z.string(), relation: z.enum(['titolare', 'familiare']), use: enumOf(certificateUses),
  exemptionLabel: z.string().nullable(), bolloCents: z.number(), dirittiCents: z.number(),
  requestedAt: z.string(), issuedAt: z.string().nullable(), revokedAt: z.string().nullable(),
  /** The pagoPA position to pay first, while status is "da-pagare". */
  payment: z.object({ positionId: z.number(), amountCents: z.number(), status: z.string() }).nullable(),
  downloadUrl: z.string().nullable(),
  verifyUrl: z.string().nullable(),
}).openapi('Certificate')

const request = z.object({
  type: typeValue,
  subjectFiscalCode: z.string().regex(/^[A-Z0-9]{16}$/, 'Codice fiscale non valido.'),
  use: enumOf(certificateUses),
  /** Required when use is "esente": one of options.exemptions[].id. */
  exemptionId: z.string().max(100).optional(),
  /** Made by the page once per form: the same key twice gives the same certificate (double click, retry). */
  requestKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Chiave della richiesta non valida.'),
}).openapi('CertificateRequest')

/** The public answer of the verification page: nothing beyond what the holder of the paper already sees. */
const verification = z.object({
  code: z.string(),
  outcome: z.enum(['valido', 'revocato', 'sconosciuto']),
  typeLabel: z.string().nullable(), issuedAt: z.string().nullable(), revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(), sha256: z.string().nullable(), office: z.string().nullable(),
  /** True when the seal is the demo's self-made test certificate, not the Comune's. */
  testSeal: z.boolean(),
}).openapi('CertificateVerification')

/** One document the Comune gave the citizen, in the desk's "Documenti" tab (newest first). */
const document = z.object({
  id: z.string(),
  kind: z.enum(['ricevuta-domanda', 'certificato', 'autocertificazione', 'avviso-pagamento', 'ricevuta-pagamento', 'conferma-appuntamento', 'atto-finale']),
  kindLabel: z.string(), title: z.string(), date: z.string(),
  /** Null when the document can no longer be downloaded (a certificate the Comune revoked: listed, said so, not given). */
  href: z.string().nullable(), filename: z.string(), mime: z.string(),
}).openapi('CitizenDocument')

/** Request and response shapes of certificates and documents (api/routes/certificates.ts, api/routes/documents.ts). */
export const certificateSchemas = {
  idParam: z.object({ id: z.coerce.number({ error: 'Identificativo del certificato non valido.' }).int('Identificativo del certificato non valido.').positive('Identificativo del certificato non valido.').max(2 ** 31 - 1) }),
  codeParam: z.object({ code: z.string().min(1).max(40) }),
  selfDeclarationQuery: z.object({ tipo: typeValue, cf: z.string().regex(/^[A-Z0-9]{16}$/, 'Codice fiscale non valido.') }),
  person, options, certificate, request, verification, document,
  list: z.object({ certificates: z.array(certificate) }).openapi('Certificates'),
  documents: z.object({ documents: z.array(document) }).openapi('CitizenDocuments'),
  pdf: z.string().openapi({ format: 'binary' }),
}

export type CertificateView = z.output<typeof certificate>
export type CertificateOptions = z.output<typeof options>
export type CertificateRequest = z.output<typeof request>
export type CertificateVerification = z.output<typeof verification>
export type CitizenDocument = z.output<typeof document>
