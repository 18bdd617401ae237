/** "Messaggi", in Italian. */
export const strings = {
  empty: 'Non ci sono messaggi per te.',
  unread: 'Nuovo',
}
