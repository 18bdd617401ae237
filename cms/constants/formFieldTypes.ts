/** The kinds of question a service's online form can ask, as staff see them in the admin. */
export const formFieldTypes = [
  { value: 'text', label: 'Testo breve' },
  { value: 'textarea', label: 'Testo lungo' },
  { value: 'email', label: 'Indirizzo email' },
  { value: 'tel', label: 'Numero di telefono' },
  { value: 'date', label: 'Data' },
  { value: 'number', label: 'Numero' },
  { value: 'select', label: 'Elenco a discesa' },
  { value: 'radio', label: 'Scelta singola (pulsanti)' },
  { value: 'checkbox', label: 'Casella di spunta' },
  { value: 'fiscalCode', label: 'Codice fiscale' },
] as const

/** What of the citizen's own data (from SPID/CIE and their profile) can fill a field in advance. */
export const prefillSources = [
  { value: 'givenName', label: 'Nome' },
  { value: 'familyName', label: 'Cognome' },
  { value: 'fiscalCode', label: 'Codice fiscale' },
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Telefono' },
  { value: 'birthDate', label: 'Data di nascita' },
  { value: 'birthPlace', label: 'Luogo di nascita' },
  { value: 'address', label: 'Indirizzo di residenza' },
] as const

/** The file types an attachment slot can accept. */
export const attachmentFileTypes = [
  { value: 'pdf', label: 'PDF' },
  { value: 'jpeg', label: 'Immagine JPEG' },
  { value: 'png', label: 'Immagine PNG' },
] as const

/**
 * The rules that tie a date or number answer to another one of the same form ("la data di fine non
 * prima della data di inizio"), as staff pick them in the admin; `words` completes "deve essere …".
 */
export const fieldComparisons = [
  { value: 'gte', label: 'Non prima di / non minore di', words: { date: 'uguale o successiva a', number: 'uguale o maggiore di' } },
  { value: 'gt', label: 'Dopo / maggiore di', words: { date: 'successiva a', number: 'maggiore di' } },
  { value: 'lte', label: 'Non dopo / non maggiore di', words: { date: 'uguale o precedente a', number: 'uguale o minore di' } },
  { value: 'lt', label: 'Prima di / minore di', words: { date: 'precedente a', number: 'minore di' } },
] as const
