import { typeLabelOf } from '../../cms/certificates/vocabulary'
import type { CitizenDocument } from '../contract/certificates'
import type { CitizenStore } from '../data/citizens'
import type { DocumentStore } from '../data/documents'
import type { PaymentStore } from '../data/payments'
import type { PracticeStore } from '../data/practices'
import { bookingConfirmationPdf } from '../documents/bookingConfirmationPdf'
import { ApiError } from '../errors'
import { findSessionCitizen } from './citizens'
import type { Download } from './practices/views'

/** What the citizen's documents are read from. */
export type DocumentDeps = { documents: DocumentStore; practices: PracticeStore; payments: PaymentStore; citizens: CitizenStore; creditorName: string }

const kindLabels: Record<CitizenDocument['kind'], string> = {
  'ricevuta-domanda': 'Ricevuta della domanda', certificato: 'Certificato', autocertificazione: 'Autocertificazione',
  'avviso-pagamento': 'Avviso di pagamento', 'ricevuta-pagamento': 'Ricevuta di pagamento',
  'conferma-appuntamento': 'Conferma dell’appuntamento', 'atto-finale': 'Atto finale',
}

/** The bookings whose confirmation still stands as a document: confirmed ones, kept or not (not the cancelled or never confirmed). */
const confirmedStatuses = new Set(['confermata', 'arrivato', 'servito', 'assente'])

const pdf = 'application/pdf'
const doc = (kind: CitizenDocument['kind'], id: number | string, d: Omit<CitizenDocument, 'id' | 'kind' | 'kindLabel' | 'mime'>): CitizenDocument =>
  ({ id: `${kind}-${id}`, kind, kindLabel: kindLabels[kind], mime: pdf, ...d })

/** The file name a booking's confirmation is downloaded with. */
export const bookingConfirmationFilename = (code: string) => `conferma-prenotazione-${code.replace(/[^0-9A-Za-z-]/g, '-')}.pdf`

/**
 * "Documenti": every document the Comune gave the session's citizen, newest first — application
 * receipts, certificates (revoked ones said so), payment notices and receipts, booking
 * confirmations and final acts. Each `href` is a download under /api/me that checks ownership again.
 */
export async function listMyDocuments(deps: DocumentDeps, citizenId: number): Promise<CitizenDocument[]> {
  const citizen = await findSessionCitizen(deps.citizens, citizenId)
  const [practices, certificates, positions, bookings, finalActs] = await Promise.all([
    deps.practices.listByCitizen(citizenId), deps.documents.certificatesOf(citizen.fiscalCode), deps.payments.listByDebtor(citizen.fiscalCode),
    deps.documents.bookingsOf(citizenId), deps.documents.finalActsOf(citizenId),
  ])
  const list: CitizenDocument[] = []
  for (const p of practices) {
    if (p.status === 'bozza' || !p.protocolNumber || !p.submittedAt) continue
    list.push(doc('ricevuta-domanda', p.id, {
      title: `Ricevuta della domanda «${p.title}», protocollo ${p.protocolNumber}`, date: p.submittedAt,
      href: `/api/me/pratiche/${p.id}/ricevuta.pdf`, filename: `ricevuta-${p.protocolNumber.replace('/', '-')}.pdf`,
    }))
  }
  for (const c of certificates) {
    const revoked = c.status === 'revocato'
    list.push(doc('certificato', c.id, {
      title: `${typeLabelOf(c.type)}${c.code ? `, codice ${c.code}` : ''}${revoked ? ' (revocato)' : ''}`, date: c.issuedAt ?? c.revokedAt ?? '',
      href: revoked ? null : `/api/me/certificati/${c.id}/certificato.pdf`, filename: c.filename ?? `certificato-${c.type}-${c.code}.pdf`,
    }))
  }
  for (const position of positions) {
    if (position.status === 'da-pagare') {
      list.push(doc('avviso-pagamento', position.id, {
        title: `Avviso di pagamento: ${position.reason}`, date: position.createdAt,
        href: `/api/me/pagamenti/${position.id}/avviso.pdf`, filename: `avviso-${position.noticeCode}.pdf`,
      }))
    } else if (position.status === 'pagata' && position.receipt) {
      list.push(doc('ricevuta-pagamento', position.id, {
        title: `Ricevuta di pagamento: ${position.reason}`, date: position.paidAt ?? position.updatedAt,
        href: `/api/me/pagamenti/${position.id}/ricevuta.pdf`, filename: `ricevuta-${position.noticeCode}.pdf`,
      }))
    }
  }
  for (const b of bookings) {
    if (!confirmedStatuses.has(b.status)) continue
    list.push(doc('conferma-appuntamento', b.id, {
      title: `Conferma dell’appuntamento ${b.code}: ${b.service ?? b.office}`, date: b.createdAt,
      href: `/api/me/appuntamenti/${b.id}/conferma.pdf`, filename: bookingConfirmationFilename(b.code),
    }))
  }
  for (const a of finalActs) {
    list.push(doc('atto-finale', a.id, {
      title: `Atto finale della pratica «${a.practice.title}»${a.practice.protocolNumber ? `, protocollo ${a.practice.protocolNumber}` : ''}`, date: a.createdAt,
      href: `/api/me/pratiche/${a.practice.id}/allegati/${a.id}`, filename: a.filename,
    }))
  }
  return list.sort((x, y) => y.date.localeCompare(x.date) || x.id.localeCompare(y.id))
}

/** The confirmation of one of the citizen's bookings, as a PDF; another's, or one never confirmed, is not found. */
export async function myBookingConfirmation(deps: DocumentDeps, citizenId: number, bookingId: number): Promise<Download> {
  const found = await deps.documents.bookingForConfirmation(bookingId)
  if (!found || Number(found.booking.citizenId) !== citizenId || !confirmedStatuses.has(found.booking.status)) throw new ApiError('not_found', 'La prenotazione non esiste.')
  return { filename: bookingConfirmationFilename(found.booking.code), mime: pdf, bytes: await bookingConfirmationPdf(found.booking, found.ref, deps.creditorName) }
}
