/** Life events of the national service catalogue ("eventi della vita"), used to group services. */
export const lifeEvents = [
  { value: 'nascita-di-un-figlio', label: 'Nascita di un figlio' },
  { value: 'iscrizione-scuola', label: 'Iscrizione a scuola e università' },
  { value: 'cambio-di-residenza', label: 'Cambio di residenza o domicilio' },
  { value: 'ricerca-di-lavoro', label: 'Ricerca di lavoro' },
  { value: 'avvio-impresa', label: 'Avvio di una nuova attività' },
  { value: 'casa', label: 'Acquisto, costruzione o ristrutturazione della casa' },
  { value: 'veicoli', label: 'Possesso e uso di un veicolo' },
  { value: 'matrimonio', label: 'Matrimonio o unione civile' },
  { value: 'disabilita', label: 'Disabilità e non autosufficienza' },
  { value: 'pensionamento', label: 'Pensionamento' },
  { value: 'decesso', label: 'Decesso di una persona cara' },
  { value: 'viaggiare', label: 'Viaggiare all’estero' },
  { value: 'tasse', label: 'Pagamento di tasse e tributi' },
  { value: 'tempo-libero', label: 'Tempo libero, cultura e sport' },
] as const
