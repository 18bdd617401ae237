/**
 * The words of appointments, shared by the collections, the core, the API and the site. Values are
 * stored; labels are what people read.
 */
export const weekdays = [
  { value: '1', label: 'Lunedì' },
  { value: '2', label: 'Martedì' },
  { value: '3', label: 'Mercoledì' },
  { value: '4', label: 'Giovedì' },
  { value: '5', label: 'Venerdì' },
  { value: '6', label: 'Sabato' },
  { value: '7', label: 'Domenica' },
] as const

/**
 * Where a booking stands. `da-confermare`: booked without SPID/CIE, holding its place until the
 * email link is opened (or `holdUntil` passes: then `scaduta`). `confermata` counts. The office
 * marks the day: `arrivato` → `servito`, or `assente` (no-show). `annullata` by the citizen, the
 * office or a closure.
 */
export const bookingStatuses = [
  { value: 'da-confermare', label: 'Da confermare (email)' },
  { value: 'confermata', label: 'Confermata' },
  { value: 'arrivato', label: 'Arrivato' },
  { value: 'servito', label: 'Servito' },
  { value: 'assente', label: 'Non presentato' },
  { value: 'annullata', label: 'Annullata' },
  { value: 'scaduta', label: 'Scaduta (email non confermata)' },
] as const

export type BookingStatus = (typeof bookingStatuses)[number]['value']

/** Statuses that hold a place in a slot (a seat). */
export const seatHoldingStatuses: readonly BookingStatus[] = ['da-confermare', 'confermata', 'arrivato', 'servito', 'assente']

export const bookingChannels = [
  { value: 'online', label: 'Online' },
  { value: 'telefono', label: 'Al telefono' },
  { value: 'sportello', label: 'Allo sportello' },
] as const

export type BookingChannel = (typeof bookingChannels)[number]['value']

export const bookingEventKinds = [
  { value: 'prenotata', label: 'Prenotazione' },
  { value: 'email-confermata', label: 'Email confermata' },
  { value: 'spostata', label: 'Spostamento' },
  { value: 'annullata', label: 'Annullamento' },
  { value: 'arrivato', label: 'Arrivo' },
  { value: 'servito', label: 'Servito' },
  { value: 'assente', label: 'Non presentato' },
  { value: 'scaduta', label: 'Scadenza della conferma' },
  { value: 'promemoria', label: 'Promemoria inviato' },
  { value: 'conferma-inviata', label: 'Conferma inviata' },
] as const

export type BookingEventKind = (typeof bookingEventKinds)[number]['value']

/** How the patron saint's day falls: a fixed day of the month, or the first Sunday of the month. */
export const patronRules = [
  { value: 'giorno', label: 'Un giorno fisso del mese' },
  { value: 'prima-domenica', label: 'La prima domenica del mese' },
] as const
