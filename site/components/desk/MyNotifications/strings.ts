/** "Notifiche", in Italian. */
export const strings = {
  intro: 'Scegli, per ogni tipo di avviso, su quali canali vuoi riceverlo. Nella sezione «Messaggi» dell’area personale trovi comunque sempre tutti gli avvisi.',
  channelsNote: 'Le notifiche push arrivano solo sui dispositivi che hai attivato; l’app IO solo se hai attivato il servizio del Comune di Brindisi nell’app.',
  save: 'Salva le preferenze',
  saved: 'Preferenze salvate.',
  loadError: 'Non è stato possibile leggere le tue preferenze. Riprova tra qualche minuto.',
  saveError: 'Non è stato possibile salvare le preferenze. Riprova tra qualche minuto.',
}
