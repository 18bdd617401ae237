import { dateTimeToItalian } from '../format/italian'
import type { BookingEvent } from '../payload-types'

/** What happened to a booking, in words, after the name of who did it. */
export function bookingEventToWords(event: Pick<BookingEvent, 'kind' | 'fromStartsAt' | 'toStartsAt'>): string {
  switch (event.kind) {
    case 'prenotata': return 'ha prenotato l’appuntamento'
    case 'email-confermata': return 'ha confermato l’indirizzo email'
    case 'spostata': return event.fromStartsAt && event.toStartsAt
      ? `ha spostato l’appuntamento da ${dateTimeToItalian(event.fromStartsAt)} a ${dateTimeToItalian(event.toStartsAt)}`
      : 'ha spostato l’appuntamento'
    case 'annullata': return 'ha annullato l’appuntamento'
    case 'arrivato': return 'ha segnato l’arrivo del cittadino'
    case 'servito': return 'ha segnato il cittadino come servito'
    case 'assente': return 'ha segnato il cittadino come non presentato'
    case 'scaduta': return 'ha liberato il posto: l’email non è stata confermata in tempo'
    case 'promemoria': return 'ha inviato il promemoria al cittadino'
    case 'conferma-inviata': return 'ha inviato la conferma al cittadino'
    default: return 'ha aggiornato la prenotazione'
  }
}
