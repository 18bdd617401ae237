/** The words the practice components (list, application, practice page, messages) share, in Italian. */
export const practiceStrings = {
  loading: 'Caricamento…',
  loadError: 'Non è stato possibile caricare i dati. Riprova tra qualche minuto.',
  sessionExpired: 'La sessione è scaduta: accedi di nuovo per continuare. La bozza salvata resta nella tua area personale.',
  notFound: 'Non troviamo questa pratica tra le tue.',
  status: 'Stato',
  protocol: 'Numero di protocollo',
  submittedAt: 'Presentata il',
  office: 'Ufficio responsabile',
  receipt: 'Scarica la ricevuta (PDF)',
  toDetail: 'Vai alla pratica',
  catalogue: 'Consulta il catalogo dei servizi',
  /** The answers' summary (summary.ts). */
  summary: {
    yes: 'Sì',
    no: 'No',
    notGiven: 'non indicato',
    edit: 'Modifica',
    editLabel: 'Modifica: {step}',
    attachments: 'Allegati',
    laterFiles: 'Documenti inviati in seguito',
  },
}
