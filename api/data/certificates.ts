import { ValidationError, type Payload } from 'payload'

import type { CertificateEventKind } from '../../cms/certificates/vocabulary'
import type { Certificate, CertificateSetting, Office } from '../../cms/payload-types'

/** A certificate as the engine writes it at request time. */
export type NewCertificate = Omit<Certificate, 'id' | 'createdAt' | 'updatedAt' | 'code' | 'issuedAt' | 'sha256' | 'filename' | 'size' | 'storageKey' | 'revokedAt' | 'revokeReason' | 'revokedBy' | 'testSeal' | 'position'>
/** What issuing sets, in one update. */
export type IssuedFields = Required<Pick<Certificate, 'code' | 'issuedAt' | 'sha256' | 'filename' | 'size' | 'storageKey' | 'testSeal'>>

/** The office's settings with the office itself. */
export type CertificateSettings = Omit<CertificateSetting, 'office'> & { office: Office }

const local = { depth: 0, overrideAccess: true } as const

/** The certificate settings name no issuing office yet: the service is not set up (the API answers 503). */
export class CertificatesNotConfigured extends Error {
  override name = 'CertificatesNotConfigured'
  constructor() {
    super('Certificati: manca l’ufficio che li rilascia nelle impostazioni.')
  }
}

/** True when a write was refused by the unique index on the request key. */
export function isRequestKeyTaken(error: unknown): boolean {
  if (!(error instanceof ValidationError)) return false
  const data = (error as ValidationError & { data?: { errors?: { path?: string }[] } }).data
  return (data?.errors ?? []).some((e) => /request/i.test(String(e.path ?? '')))
}

/** Certificates, their trail and the office's settings, through the Payload Local API. Services check ownership. */
export function certificateStore(payload: Payload) {
  return {
    async settings(): Promise<CertificateSettings> {
      const settings = await payload.findGlobal({ slug: 'certificate-settings', depth: 1, overrideAccess: true })
      if (!settings.office || typeof settings.office !== 'object') throw new CertificatesNotConfigured()
      return settings as CertificateSettings
    },
    async findById(id: number | string): Promise<Certificate | null> {
      return payload.findByID({ collection: 'certificates', id, ...local, disableErrors: true })
    },
    async findByRequestKey(requestKey: string): Promise<Certificate | null> {
      const { docs } = await payload.find({ collection: 'certificates', where: { requestKey: { equals: requestKey } }, limit: 1, pagination: false, ...local })
      return docs[0] ?? null
    },
    async findByCode(code: string): Promise<(Certificate & { office: Office | number }) | null> {
      const { docs } = await payload.find({ collection: 'certificates', where: { code: { equals: code } }, limit: 1, pagination: false, depth: 1, overrideAccess: true })
      return docs[0] ?? null
    },
    /** A citizen's own requests, newest first. */
    async listByRequester(fiscalCode: string): Promise<Certificate[]> {
      const { docs } = await payload.find({ collection: 'certificates', where: { requesterFiscalCode: { equals: fiscalCode } }, sort: '-createdAt', limit: 200, pagination: false, ...local })
      return docs
    },
    /** Fails (unique index) when the request key is taken: see isRequestKeyTaken. */
    async create(data: NewCertificate): Promise<Certificate> {
      return payload.create({ collection: 'certificates', data: data as Certificate, ...local })
    },
    async setPosition(id: number, position: number): Promise<Certificate> {
      return payload.update({ collection: 'certificates', id, data: { position }, ...local })
    },
    /**
     * Issues a certificate still waiting: one conditional UPDATE … WHERE id AND status 'da-pagare', so
     * of two issuers racing (the receipt and the citizen's page) exactly one wins; null for the loser.
     */
    async markIssued(id: number, fields: IssuedFields): Promise<Certificate | null> {
      const updated = await payload.db.updateOne({
        collection: 'certificates',
        where: { and: [{ id: { equals: id } }, { status: { equals: 'da-pagare' } }] },
        data: { ...fields, status: 'emesso', updatedAt: new Date().toISOString() },
        options: { atomic: true },
      })
      return updated ? ((await this.findById(id)) ?? null) : null
    },
    async recordEvent(event: { certificate: number; office: number; kind: CertificateEventKind; actorLabel: string; reason?: string | null }): Promise<void> {
      await payload.create({ collection: 'certificate-events', data: event, ...local })
    },
  }
}

export type CertificateStore = ReturnType<typeof certificateStore>
