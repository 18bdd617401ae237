/** "Richieste di assistenza" of the desk, in Italian. */
export const strings = {
  ask: 'Richiedi assistenza',
  empty: 'Non hai richieste di assistenza. Quelle che invii dopo l’accesso con SPID o CIE compaiono qui, con la risposta dell’URP.',
  loadError: 'Non è stato possibile caricare le richieste di assistenza. Riprova tra qualche minuto.',
  code: 'Codice',
  status: 'Stato',
  service: 'Servizio',
  sent: 'Inviata il',
  message: 'La tua richiesta',
  reply: 'Risposta dell’URP',
}
