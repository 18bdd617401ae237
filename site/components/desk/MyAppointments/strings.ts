/** "Appuntamenti" of the desk, in Italian. */
export const strings = {
  empty: 'Non hai appuntamenti prenotati.',
  book: 'Prenota un appuntamento',
  upcoming: 'Prossimi appuntamenti',
  noUpcoming: 'Non hai appuntamenti in programma.',
  past: 'Appuntamenti passati e annullati',
  code: 'Codice',
  status: 'Stato',
  when: 'Data e orario',
  office: 'Ufficio',
  manage: 'Vedi, sposta o annulla',
  loadError: 'Non è stato possibile caricare gli appuntamenti. Riprova tra qualche minuto.',
  statuses: {
    'da-confermare': 'Da confermare (email)', confermata: 'Confermato', arrivato: 'Arrivato', servito: 'Concluso', assente: 'Non presentato',
    annullata: 'Annullato', scaduta: 'Scaduto (email non confermata)',
  } as Record<string, string>,
}
