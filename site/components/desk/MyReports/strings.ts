/** "Segnalazioni" of the desk, in Italian. */
export const strings = {
  newReport: 'Segnala un problema',
  map: 'Vedi la mappa delle segnalazioni',
  empty: 'Non hai ancora inviato né seguito segnalazioni. Quelle che invii dopo l’accesso con SPID o CIE, e quelle che segui, compaiono qui.',
  loadError: 'Non è stato possibile caricare le segnalazioni. Riprova tra qualche minuto.',
  code: 'Codice',
  status: 'Stato',
  category: 'Categoria',
  updated: 'Ultimo aggiornamento',
  open: 'Apri la segnalazione',
}
