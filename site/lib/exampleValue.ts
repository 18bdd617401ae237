/**
 * Example values: a contact or a figure the Comune has not yet confirmed is written by the editors with its mark in
 * brackets, e.g. "800 000 000 (numero di esempio)", "(indirizzo di esempio)", "(esempio)" (the admin says so beside
 * each such field). The site shows such a value as text, with its mark, and never turns it into a `tel:` or `mailto:`
 * link: a link would call or write to nobody.
 */
const exampleMark = /\((?:[^()]*\s)?esempio\)/i

export function isExampleValue(value: string | undefined | null): boolean {
  return typeof value === 'string' && exampleMark.test(value)
}

/** The `tel:` address of a phone number, or undefined when it is an example or has too few digits to be dialled. */
export function phoneToTelHref(value: string | undefined | null): string | undefined {
  if (!value || isExampleValue(value)) return undefined
  const dialled = value.replace(/[^\d+]/g, '')
  return dialled.replace(/\D/g, '').length >= 3 ? `tel:${dialled}` : undefined
}

/** The `mailto:` address of an email, or undefined when it is an example or not an address. */
export function emailToMailtoHref(value: string | undefined | null): string | undefined {
  if (!value || isExampleValue(value)) return undefined
  const address = value.trim()
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? `mailto:${address}` : undefined
}
