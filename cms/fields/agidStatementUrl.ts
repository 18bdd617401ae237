import type { TextFieldSingleValidation } from 'payload'

/**
 * Where AgID publishes an administration's accessibility statement: the form site's view page of that statement. The
 * model's checker (C.SI.3.2) follows the footer link only to an address with this prefix.
 */
export const agidStatementPrefix = 'https://form.agid.gov.it/view/'

/** What the admin says when the statement's address is not a page of AgID's form site. */
export const agidStatementMessage =
  'Inserisci l’indirizzo della dichiarazione di accessibilità del Comune pubblicata sul sito di AgID: inizia con https://form.agid.gov.it/view/ seguito dal codice della dichiarazione.'

/** True for the address of one statement on AgID's form site (the prefix followed by the statement's code). */
export function isAgidStatementUrl(value: string): boolean {
  return value.startsWith(agidStatementPrefix) && /^[A-Za-z0-9-]+\/?$/.test(value.slice(agidStatementPrefix.length))
}

/** Payload `validate` of the statement's address: empty is allowed (the footer then links the site's own page). */
export const validateAgidStatementUrl: TextFieldSingleValidation = (value) => (!value || isAgidStatementUrl(value) ? true : agidStatementMessage)
