// Every Italian string the test identity provider shows, in one place.

/** The UI text of the test identity provider's pages. */
export const messages = {
  banner: 'Provider di identità di TEST — solo per sviluppo e prove. Nessuna identità reale.',
  siteName: 'Provider di identità di prova',
  loginTitle: 'Accedi con un’identità di prova',
  loginIntro: (clientName: string) =>
    `${clientName} chiede di identificarti. Scegli una delle persone fittizie qui sotto: è come accedere con SPID o CIE, ma senza credenziali.`,
  identitiesHeading: 'Identità di prova',
  loginAs: 'Entra come',
  fiscalCodeLabel: 'Codice fiscale',
  otherFiscalCodeHeading: 'Altro codice fiscale',
  fiscalCodeHint: '16 caratteri, per esempio CPTGNN85C54B180W.',
  enter: 'Entra',
  cancel: 'Annulla',
  cancelHint: 'Torni al portale senza accedere.',
  errorPrefix: 'Errore',
  errorSummaryTitle: 'C’è un problema',
  fiscalCodeMissing: 'Scrivi il codice fiscale.',
  fiscalCodeInvalid: 'Il codice fiscale non è valido: controlla di averlo scritto per intero, 16 caratteri.',
  fiscalCodeUnknown: 'Nessuna identità di prova ha questo codice fiscale. Scegline una dall’elenco.',
  // Sent as OAuth error_description, which RFC 6749 restricts to printable ASCII: straight apostrophes.
  cancelledByUser: "L'utente ha annullato l'accesso.",
  errorTitle: 'Accesso non riuscito',
  errorCode: 'Codice dell’errore',
  errorDetail: 'Dettaglio tecnico',
  requestRejected: 'Il provider di identità di prova ha rifiutato la richiesta del portale.',
  errorRetry: 'Torna al portale e riprova ad accedere.',
  interactionExpired: 'La pagina di accesso è scaduta o è già stata usata. Torna al portale e riprova ad accedere.',
  unexpectedError: 'Si è verificato un errore imprevisto nel provider di prova.',
  notFoundTitle: 'Pagina non trovata',
  logoutTitle: 'Vuoi uscire?',
  logoutIntro: (host: string) => `Stai per uscire dal provider di identità di prova (${host}).`,
  logoutYes: 'Sì, esci',
  logoutNo: 'No, resta collegato',
  loggedOutTitle: 'Sei uscito',
  loggedOutIntro: 'Sei uscito dal provider di identità di prova. Puoi chiudere questa pagina.',
} as const
