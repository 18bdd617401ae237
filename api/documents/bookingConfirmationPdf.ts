import { dayToItalian, romeDayOf, romeTimeOf } from '../../cms/agenda/days'
import type { BookingView } from '../../cms/appointments/contract'
import { field, newPdf, paragraph, text } from '../../cms/documents/pdfLayout'
import { dateTimeToItalian } from '../../cms/format/italian'
import type { AppointmentRef } from '../../cms/notifications/notification'

/**
 * The one-page confirmation of a booking: its code, office and address, day and time (Rome), the
 * service and what to bring — what the citizen shows at the desk or keeps with their papers.
 */
export async function bookingConfirmationPdf(booking: BookingView, ref: AppointmentRef, creditorName: string): Promise<Uint8Array> {
  const w = await newPdf('Conferma di prenotazione dell’appuntamento', creditorName)
  field(w, 'Codice prenotazione', booking.code)
  field(w, 'Giorno', dayToItalian(romeDayOf(booking.startsAt)))
  field(w, 'Ora', `${romeTimeOf(booking.startsAt)} – ${romeTimeOf(booking.endsAt)}`)
  field(w, 'Ufficio', ref.office.title)
  if (ref.office.address) field(w, 'Indirizzo', ref.office.address)
  if (ref.service) field(w, 'Servizio', ref.service)
  if (ref.reason) field(w, 'Motivo', ref.reason)
  field(w, 'Intestata a', `${booking.applicant.givenName} ${booking.applicant.familyName}`)
  if (ref.whatToBring) {
    w.y -= 8
    text(w, 'Cosa portare', { size: 12, bold: true })
    for (const line of ref.whatToBring.split('\n')) paragraph(w, `• ${line}`, { size: 10 })
  }
  w.y -= 10
  paragraph(w, 'Presentati allo sportello qualche minuto prima dell’orario con un documento di identità e il codice della prenotazione.', { size: 10 })
  if (ref.changeableUntil) paragraph(w, `Puoi spostare o annullare l’appuntamento dalla tua area personale fino al ${dateTimeToItalian(ref.changeableUntil)}.`, { size: 10 })
  return w.doc.save()
}
