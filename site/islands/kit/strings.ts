/** The kit's own UI text, in Italian like every desk page. */
export const kitStrings = {
  errorsTitle: 'Controlla i campi indicati:',
}
