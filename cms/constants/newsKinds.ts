/** The three kinds of "Novità" in the municipal model. */
export const newsKinds = [
  { value: 'notizia', label: 'Notizia' },
  { value: 'comunicato', label: 'Comunicato stampa' },
  { value: 'avviso', label: 'Avviso' },
] as const
