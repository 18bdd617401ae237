/** The desk's sections, in Italian. */
export const strings = {
  label: 'Sezioni dell’area personale',
  tabs: { data: 'I miei dati', practices: 'Le mie pratiche', payments: 'I miei pagamenti', appointments: 'Appuntamenti', messages: 'Messaggi', documents: 'Documenti', reports: 'Segnalazioni', assistance: 'Assistenza' },
}
