import type { Schemas } from '../../../islands/kit/api'

/** A way the municipality can reach the citizen, as the API names it. */
export type Channel = Schemas['CitizenProfile']['contacts']['preferredChannel']

/** "I miei dati", in Italian. */
export const strings = {
  certifiedTitle: 'Dati certificati dalla tua identità digitale',
  certifiedNote: 'Questi dati arrivano da SPID o CIE e non si possono modificare qui.',
  certified: {
    fiscalCode: 'Codice fiscale', givenName: 'Nome', familyName: 'Cognome', birthDate: 'Data di nascita',
    birthPlace: 'Luogo di nascita', certifiedEmail: 'Email (SPID/CIE)', certifiedPhone: 'Telefono (SPID/CIE)',
  },
  contactsTitle: 'I tuoi recapiti',
  contactsNote: 'Il Comune userà questi recapiti per le comunicazioni sulle tue pratiche.',
  email: 'Email',
  emailHelp: 'Se cambi l’indirizzo ti invieremo un’email per confermarlo.',
  phone: 'Telefono',
  phoneHelp: 'Esempio: +39 333 1234567',
  address: 'Indirizzo per le comunicazioni',
  postalCode: 'CAP',
  city: 'Comune',
  channel: 'Canale preferito per le comunicazioni',
  channels: { email: 'Email', sms: 'SMS', 'app-io': 'App IO', posta: 'Posta ordinaria' } satisfies Record<Channel, string>,
  save: 'Salva i recapiti',
  saved: 'Recapiti salvati.',
  pendingEmail: (address: string) => `Abbiamo inviato un’email a ${address}: apri il collegamento per confermare il nuovo indirizzo.`,
  saveError: 'Non è stato possibile salvare. Riprova tra qualche minuto.',
}
