import type { TextareaField } from 'payload'

/** The short description shown in lists, cards, search results and meta tags (max 160 characters). */
export const summary = (required = true): TextareaField => ({
  name: 'summary',
  label: 'Descrizione breve',
  type: 'textarea',
  required,
  maxLength: 160,
  admin: { description: 'Massimo 160 caratteri: compare negli elenchi e nei risultati di ricerca.' },
})
