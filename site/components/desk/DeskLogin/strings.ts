/** The way into the desk, in Italian. */
export const strings = {
  title: 'Accedi all’area personale',
  text: 'Per entrare nella tua scrivania del cittadino usa la tua identità digitale SPID o la Carta d’identità elettronica (CIE).',
  spid: 'Entra con SPID',
  cie: 'Entra con CIE',
  help: 'Non hai SPID? Scopri come ottenerlo su spid.gov.it.',
}
