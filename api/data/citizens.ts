import type { Payload } from 'payload'

import type { Citizen } from '../../cms/payload-types'
import type { CitizenProfileRow } from './citizenProfileRow'
import { hotReads } from './hotReads'

/** What an identity provider vouches for about a citizen. */
export type CertifiedIdentity = {
  fiscalCode: string
  givenName: string
  familyName: string
  birthDate?: string
  birthPlace?: string
  idpEmail?: string
  idpPhone?: string
}

/** A citizen's own contact data. */
export type Contacts = NonNullable<Citizen['contacts']>

/** Citizens in the database, through the Payload Local API. Services check who may touch what. */
export function citizenStore(payload: Payload) {
  return {
    async findById(id: number | string): Promise<Citizen | null> {
      return payload.findByID({ collection: 'citizens', id, depth: 0, disableErrors: true })
    },
    /** What the desk shows of the logged-in citizen, at every page: straight to the database where there is SQL (api/data/hotReads.ts). */
    async findProfileById(id: number): Promise<CitizenProfileRow | null> {
      const hot = hotReads(payload)
      return hot ? hot.citizenProfile(id) : payload.findByID({ collection: 'citizens', id, depth: 0, disableErrors: true })
    },
    async findByFiscalCode(fiscalCode: string): Promise<Citizen | null> {
      const { docs } = await payload.find({ collection: 'citizens', where: { fiscalCode: { equals: fiscalCode } }, limit: 1, depth: 0, pagination: false })
      return docs[0] ?? null
    },
    async create(identity: CertifiedIdentity, now: Date): Promise<Citizen> {
      return payload.create({
        collection: 'citizens',
        data: { ...identity, lastLoginAt: now.toISOString(), contacts: { email: identity.idpEmail, phone: identity.idpPhone, preferredChannel: 'email' } },
      })
    },
    async update(id: number | string, data: Partial<Omit<Citizen, 'id' | 'createdAt' | 'updatedAt'>>): Promise<Citizen> {
      return payload.update({ collection: 'citizens', id, data, depth: 0 })
    },
    async findByPendingEmailToken(tokenHash: string): Promise<Citizen | null> {
      const { docs } = await payload.find({ collection: 'citizens', where: { 'pendingEmail.tokenHash': { equals: tokenHash } }, limit: 1, depth: 0, pagination: false })
      return docs[0] ?? null
    },
  }
}

export type CitizenStore = ReturnType<typeof citizenStore>
