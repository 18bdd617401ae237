/** What the outcome page says: a title and a text per outcome. */
const outcomes: Record<string, readonly [string, string] | undefined> = {
  pagato: ['Pagamento riuscito', 'Il pagamento è stato registrato. Puoi scaricare la ricevuta qui sotto o in qualsiasi momento dall’area personale.'],
  'in-conferma': ['Pagamento in corso di conferma', 'pagoPA ha accettato il pagamento: la conferma arriva di solito in pochi secondi. Questa pagina si aggiorna da sola; non pagare di nuovo.'],
  annullato: ['Pagamento annullato', 'Hai annullato il pagamento: non è stato addebitato nulla e l’avviso resta da pagare.'],
  errore: ['Pagamento non riuscito', 'Il pagamento non è andato a buon fine e non è stato addebitato nulla. Puoi riprovare dall’area personale o pagare con l’avviso presso gli sportelli aderenti a pagoPA.'],
  sconosciuto: ['Pagamento non trovato', 'Non troviamo questo pagamento tra i tuoi. Controlla nell’area personale.'],
  'non-collegato': ['Accedi per vedere l’esito', 'Accedi all’area personale con SPID o CIE per vedere l’esito del pagamento.'],
}

/** The page pagoPA sends the citizen back to, in Italian. */
export const strings = {
  title: 'Esito del pagamento',
  intro: 'Il risultato del pagamento con pagoPA.',
  outcomes,
  backToDesk: 'Torna ai tuoi pagamenti',
  backToApplication: 'Torna alla domanda',
  backToCertificate: 'Torna al tuo certificato',
}
