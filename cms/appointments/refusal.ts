import type { BookingRefusalCode } from './contract'

/** The Italian message each refusal carries when the caller gives none. */
export const refusalMessages: Record<BookingRefusalCode, string> = {
  'slot-full': 'L’orario scelto non è più disponibile: qualcun altro l’ha appena prenotato. Scegli un altro orario.',
  quota: 'Hai già il numero massimo di appuntamenti futuri per questo servizio. Annullane uno o attendi che sia passato.',
  'not-bookable': 'L’orario scelto non è prenotabile.',
  cutoff: 'Non è più possibile modificare o annullare online questo appuntamento: contatta l’ufficio.',
  'not-found': 'La prenotazione non esiste.',
  'bad-status': 'La prenotazione non si può più modificare in questo stato.',
  invalid: 'I dati della prenotazione non sono validi.',
}

/**
 * Why a booking, a move or a cancellation was refused: a code the callers map to HTTP
 * ('slot-full' 409, 'quota' 409, 'not-bookable' 422, 'cutoff' 409, 'not-found' 404,
 * 'bad-status' 409, 'invalid' 400) and a message in Italian for the citizen or the operator.
 */
export class BookingRefused extends Error {
  override name = 'BookingRefused'
  constructor(
    readonly code: BookingRefusalCode,
    message?: string,
  ) {
    super(message ?? refusalMessages[code])
  }
}

export const isBookingRefused = (error: unknown): error is BookingRefused => error instanceof BookingRefused
