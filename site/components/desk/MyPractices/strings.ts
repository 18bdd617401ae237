/** "Le mie pratiche", in Italian (the words shared with the other practice components: islands/practice/strings.ts). */
export const strings = {
  empty: 'Non hai ancora presentato domande online.',
  drafts: 'Bozze',
  sent: 'Domande presentate',
  updatedAt: 'Ultima modifica',
  continue: 'Continua',
  delete: 'Elimina',
  details: 'Dettaglio',
  deleteTitle: 'Eliminare la bozza?',
  deleteText: 'La bozza della domanda “{service}” e i suoi allegati saranno eliminati definitivamente.',
  deleteConfirm: 'Sì, elimina la bozza',
  cancel: 'Annulla',
  deleted: 'Bozza eliminata.',
  deleteError: 'Non è stato possibile eliminare la bozza. Riprova tra qualche minuto.',
}
