/** Kinds of place ("luogo") shown in "Vivere il Comune". */
export const placeTypes = [
  { value: 'edificio-pubblico', label: 'Edificio pubblico' },
  { value: 'monumento', label: 'Monumento e sito storico' },
  { value: 'museo', label: 'Museo e luogo della cultura' },
  { value: 'biblioteca', label: 'Biblioteca' },
  { value: 'parco', label: 'Parco e area verde' },
  { value: 'piazza', label: 'Piazza' },
  { value: 'luogo-di-culto', label: 'Luogo di culto' },
  { value: 'impianto-sportivo', label: 'Impianto sportivo' },
  { value: 'spiaggia', label: 'Spiaggia e costa' },
] as const
