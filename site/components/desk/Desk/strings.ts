/** What the desk says on coming back from a login (?accesso=…) or an email confirmation link (?email=…). */
const outcomes: Record<string, string | undefined> = {
  annullato: 'Hai annullato l’accesso. Puoi riprovare quando vuoi.',
  scaduto: 'La richiesta di accesso è scaduta: riprova.',
  errore: 'L’accesso non è riuscito. Riprova tra qualche minuto.',
  'non-valido': 'L’accesso non è possibile: il provider di identità non ha confermato la tua identità con il livello di sicurezza richiesto (SPID o CIE di livello 2 o superiore) o non ha fornito un codice fiscale valido.',
  confermata: 'Il nuovo indirizzo email è confermato.',
  'non-valida': 'Il collegamento di conferma non è valido o è scaduto: richiedi di nuovo la modifica.',
  uscita: 'Sei uscito dall’area personale.',
}

/** The citizen's desk (scrivania del cittadino), in Italian. */
export const strings = {
  /** The page's lead, before the citizen logs in… */
  intro: 'Accedi con SPID o CIE per consultare le tue pratiche, i pagamenti e gli appuntamenti.',
  loading: 'Caricamento dei tuoi dati…',
  greeting: (name: string) => `Ciao, ${name}`,
  /** …and once they are in. */
  deskIntro: 'Questa è la tua scrivania: qui trovi i tuoi dati, le pratiche, i pagamenti, gli appuntamenti, i messaggi e i documenti.',
  logout: 'Esci',
  logoutEverywhere: 'Esci da tutti i dispositivi',
  outcomes,
}
