/** The elements of "I miei dati" its island fills. */
export const ids = { errors: 'contacts-errors', status: 'contacts-status', form: 'contacts-form' }

/** The id of a contact field's control (its help and error ids add -help and -error). */
export const contactFieldId = (name: string): string => `contact-${name}`
