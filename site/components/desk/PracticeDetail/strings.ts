/** A practice's own page, in Italian (the words shared with the other practice components: islands/practice/strings.ts). */
export const strings = {
  title: 'La tua pratica',
  intro: 'Lo stato della domanda, i dati inviati, gli allegati e la cronologia.',
  data: 'Dati della domanda',
  timeline: 'Cronologia',
  requestTitle: 'Il Comune ti chiede delle integrazioni',
  requestedAt: 'Richiesta del {date}',
  answer: 'La tua risposta',
  answerFiles: 'Documenti da allegare (facoltativo)',
  answerFilesButton: 'Scegli i file',
  answerFilesHelp: 'Puoi selezionare più file PDF, JPEG o PNG.',
  answerSend: 'Invia la risposta',
  answerSent: 'Risposta inviata: il Comune riprenderà l’esame della pratica.',
  answerRequired: 'Scrivi la risposta per il Comune.',
  finalAct: 'Atto finale',
  finalActIntro: 'L’ufficio ha concluso la pratica e ha allegato l’atto finale.',
  finalActDownload: 'Scarica l’atto finale (PDF)',
}
