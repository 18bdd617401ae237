/** "Documenti", in Italian. */
export const strings = {
  request: 'Richiedi un certificato',
  loading: 'Caricamento dei documenti…',
  empty: 'Non ci sono ancora documenti: qui troverai le ricevute delle domande e dei pagamenti, i certificati, le conferme degli appuntamenti e gli atti che il Comune ti rilascia.',
  emptyRequest: 'Puoi richiedere un certificato anagrafico online',
  loadError: 'Non è stato possibile caricare i documenti. Riprova tra qualche minuto.',
  download: 'Scarica',
  revoked: 'Revocato dal Comune: non è più valido e non si può scaricare.',
}
