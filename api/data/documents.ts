import type { Payload } from 'payload'

import { bookingToAppointmentRef } from '../../cms/appointments/appointmentRef'
import { readBooking } from '../../cms/appointments/book'
import type { Booking, Certificate, Practice, PracticeAttachment } from '../../cms/payload-types'

/** A certificate as the list of documents names it. */
export type CertificateDocument = Pick<Certificate, 'id' | 'code' | 'type' | 'status' | 'issuedAt' | 'revokedAt' | 'filename'>
/** A final act, with the application it closes. */
export type FinalActDocument = Pick<PracticeAttachment, 'id' | 'filename' | 'createdAt'> & { practice: Pick<Practice, 'id' | 'title' | 'protocolNumber'> }
/** A booking as the list of documents names it. */
export type BookingDocument = Pick<Booking, 'id' | 'code' | 'status' | 'startsAt' | 'createdAt'> & { office: string; service: string | null }

/**
 * What the citizen's "Documenti" reads beyond the other stores: their certificates, the final acts of
 * their applications, their bookings, and one booking as its confirmation prints it. Each read is
 * bound to the citizen given; the services say who that is.
 */
export function documentStore(payload: Payload) {
  return {
    /** The certificates the citizen asked for that were issued (revoked ones included), by their codice fiscale. */
    async certificatesOf(fiscalCode: string): Promise<CertificateDocument[]> {
      const { docs } = await payload.find({
        collection: 'certificates', where: { and: [{ requesterFiscalCode: { equals: fiscalCode } }, { status: { in: ['emesso', 'revocato'] } }] },
        sort: '-issuedAt', depth: 0, pagination: false, select: { code: true, type: true, status: true, issuedAt: true, revokedAt: true, filename: true },
      })
      return docs as CertificateDocument[]
    },
    /** The final acts the offices attached to the citizen's applications. */
    async finalActsOf(citizenId: number): Promise<FinalActDocument[]> {
      const { docs } = await payload.find({
        collection: 'practice-attachments', where: { and: [{ source: { equals: 'atto-finale' } }, { 'practice.citizen': { equals: citizenId } }] },
        sort: '-createdAt', depth: 1, pagination: false, populate: { practices: { title: true, protocolNumber: true } },
      })
      return docs.flatMap((a) => (typeof a.practice === 'object' ? [{ id: a.id, filename: a.filename, createdAt: a.createdAt, practice: a.practice }] : []))
    },
    /** The citizen's bookings, with when each was made. */
    async bookingsOf(citizenId: number): Promise<BookingDocument[]> {
      const { docs } = await payload.find({
        collection: 'bookings', where: { citizen: { equals: citizenId } }, sort: '-createdAt', depth: 1, pagination: false,
        select: { code: true, status: true, startsAt: true, createdAt: true, office: true, service: true, citizen: true },
        populate: { offices: { title: true }, services: { title: true } },
      })
      return docs.map((b) => ({
        id: b.id, code: b.code, status: b.status, startsAt: b.startsAt, createdAt: b.createdAt,
        office: typeof b.office === 'object' ? b.office.title : '', service: typeof b.service === 'object' && b.service ? b.service.title : null,
      }))
    },
    /** One booking as its confirmation prints it (office's address, "Cosa serve"), with its owner; null when there is none. */
    async bookingForConfirmation(bookingId: number) {
      const booking = await readBooking(payload, bookingId)
      if (!booking) return null
      return { booking, ref: await bookingToAppointmentRef(payload, booking) }
    },
  }
}

export type DocumentStore = ReturnType<typeof documentStore>
