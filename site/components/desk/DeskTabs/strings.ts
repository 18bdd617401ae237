/** The desk's sections, in Italian. */
export const strings = {
  label: 'Sezioni dell’area personale',
  tabs: { data: 'I miei dati', practices: 'Le mie pratiche', payments: 'I miei pagamenti', appointments: 'Appuntamenti', messages: 'Messaggi', notifications: 'Notifiche', documents: 'Documenti', reports: 'Segnalazioni', assistance: 'Assistenza' },
  /** Read after the count of new items on a tab: "2 non letti". */
  unread: (count: number) => (count === 1 ? 'non letto' : 'non letti'),
}
