import type { AppointmentNotificationKind, AppointmentTemplate, NotificationData } from '../notification'
import { appointmentLetter, appointmentTimeToItalian, appointmentWhenToItalian, cutoffSentence, type Paragraph } from './appointmentLetter'

type Data<K extends AppointmentNotificationKind> = NotificationData[K]

const manage = (manageUrl: string, ref: Data<'appointment-confirmed'>): Paragraph[] => [[{ label: 'Sposta o annulla l’appuntamento', href: manageUrl }, cutoffSentence(ref)]]
const withMessage = (text: string, label: string, message?: string | null) => (message?.trim() ? `${text}\n\n${label}: ${message.trim()}` : text)

/** Booked without SPID/CIE: the booking counts only once the email is confirmed, within the hold. */
export const appointmentEmailCheck: AppointmentTemplate<Data<'appointment-email-check'>> = {
  inbox: (data) => ({
    subject: 'Conferma la tua prenotazione — Comune di Brindisi',
    body: `Hai prenotato un appuntamento presso ${data.office.title} per ${appointmentWhenToItalian(data.startsAt)}. Per renderlo valido conferma il tuo indirizzo email entro 30 minuti${data.holdUntil ? ` (entro le ${appointmentTimeToItalian(data.holdUntil)})` : ''}: se non lo confermi, la prenotazione decade e il posto torna libero.`,
  }),
  letter: (data, context) =>
    appointmentLetter(appointmentEmailCheck.inbox(data), data, context, {
      bring: false,
      after: [[{ label: 'Conferma la prenotazione', href: data.confirmUrl }], ['Se non hai prenotato tu, ignora questo messaggio: la prenotazione decadrà da sola.']],
    }),
}

/** The booking counts: code, when and where, what to bring, the link to move or cancel it (the email carries the .ics). */
export const appointmentConfirmed: AppointmentTemplate<Data<'appointment-confirmed'>> = {
  inbox: (data) => ({
    subject: `Appuntamento confermato: ${appointmentWhenToItalian(data.startsAt)}`,
    body: `Il tuo appuntamento presso ${data.office.title} è confermato per ${appointmentWhenToItalian(data.startsAt)}. Codice della prenotazione: ${data.code}.`,
  }),
  letter: (data, context) =>
    appointmentLetter({ subject: appointmentConfirmed.inbox(data).subject, body: 'Il tuo appuntamento è confermato. In allegato trovi l’evento da aggiungere al tuo calendario.' }, data, context, {
      after: manage(data.manageUrl, data),
    }),
}

/** A new time, with the office's message when it moved it. */
export const appointmentMoved: AppointmentTemplate<Data<'appointment-moved'>> = {
  inbox: (data) => ({
    subject: `Appuntamento spostato: ${appointmentWhenToItalian(data.startsAt)}`,
    body: withMessage(`Il tuo appuntamento presso ${data.office.title} di ${appointmentWhenToItalian(data.from)} è stato spostato a ${appointmentWhenToItalian(data.startsAt)}.`, 'Messaggio dell’ufficio', data.message),
  }),
  letter: (data, context) => {
    const { subject, body } = appointmentMoved.inbox(data)
    return appointmentLetter({ subject, body: `${body}\n\nIn allegato trovi l’evento aggiornato per il tuo calendario.` }, data, context, { after: manage(data.manageUrl, data) })
  },
}

const cancelledBody = ({ by, message, office, startsAt }: Data<'appointment-cancelled'>): string => {
  const when = appointmentWhenToItalian(startsAt)
  if (by === 'cittadino') return `Hai annullato il tuo appuntamento presso ${office.title} di ${when}.`
  // The system cancels for a closure, and its message already says which and why.
  if (by === 'sistema') return message?.trim() ? `Il tuo appuntamento presso ${office.title} di ${when} è stato annullato.\n\n${message.trim()}` : `Il tuo appuntamento presso ${office.title} di ${when} è stato annullato perché quel giorno l’ufficio è chiuso.`
  return withMessage(`L’ufficio ha annullato il tuo appuntamento presso ${office.title} di ${when}.`, 'Messaggio dell’ufficio', message)
}

/** Cancelled by the citizen, the office (its message) or a closure (its reason); the email cancels the calendar event. */
export const appointmentCancelled: AppointmentTemplate<Data<'appointment-cancelled'>> = {
  inbox: (data) => ({
    subject: `${data.by === 'sistema' ? 'Appuntamento annullato per chiusura dell’ufficio' : 'Appuntamento annullato'}: ${appointmentWhenToItalian(data.startsAt)}`,
    body: cancelledBody(data),
  }),
  letter: (data, context) =>
    appointmentLetter(appointmentCancelled.inbox(data), data, context, { bring: false, after: [[{ label: 'Prenota un nuovo appuntamento', href: data.bookAgainUrl }]] }),
}

/** The day before: when and where, what to bring, and the link to move or cancel while still allowed. */
export const appointmentReminder: AppointmentTemplate<Data<'appointment-reminder'>> = {
  inbox: (data) => ({
    subject: `Promemoria: appuntamento di ${appointmentWhenToItalian(data.startsAt)}`,
    body: `Ti ricordiamo il tuo appuntamento presso ${data.office.title} di ${appointmentWhenToItalian(data.startsAt)}.`,
  }),
  letter: (data, context) => appointmentLetter(appointmentReminder.inbox(data), data, context, { after: manage(data.manageUrl, data) }),
}

/** Every template of an appointment, by kind. */
export const appointmentTemplates: { [K in AppointmentNotificationKind]: AppointmentTemplate<Data<K>> } = {
  'appointment-email-check': appointmentEmailCheck,
  'appointment-confirmed': appointmentConfirmed,
  'appointment-moved': appointmentMoved,
  'appointment-cancelled': appointmentCancelled,
  'appointment-reminder': appointmentReminder,
}
