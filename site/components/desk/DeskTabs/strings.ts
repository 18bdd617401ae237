/** The desk's sections, in Italian. */
export const strings = {
  label: 'Sezioni dell’area personale',
  tabs: { data: 'I miei dati', practices: 'Le mie pratiche', payments: 'I miei pagamenti', appointments: 'Appuntamenti', messages: 'Messaggi', documents: 'Documenti' },
  /** What a section without its own component yet says. */
  empty: {
    documents: 'Non ci sono documenti per te: qui troverai certificati e ricevute.',
  },
}
