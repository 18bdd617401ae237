import type { TextFieldSingleValidation } from 'payload'

/** What the admin says under a link field holding anything but a web, email or phone link or a path of the site. */
export const unsafeUrlMessage =
  'Inserisci un indirizzo completo che inizi con https://, http://, mailto: o tel: (ad esempio https://www.comune.brindisi.it) oppure un percorso di questo sito che inizi con / (ad esempio /servizi/).'

/**
 * True for a link the public site may print in an href: an absolute http(s) URL with a host, a
 * mailto: with an address, a tel: with a number, or a path (or #anchor) of this site. Anything
 * else — javascript:, data:, vbscript:, a scheme-relative //host — is refused; so are whitespace,
 * control characters and backslashes, which browsers strip or rewrite before they read the scheme.
 */
export function isSafeLinkUrl(value: string): boolean {
  if (/[\s\u0000-\u001f\u007f\\]/.test(value)) return false
  if (/^(?:\/(?!\/)|#)/.test(value)) return true
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return /^https?:\/\/[^/]/i.test(value) && url.hostname !== ''
  if (url.protocol === 'mailto:') return /^mailto:[^@/]+@[^@/]+$/i.test(value)
  if (url.protocol === 'tel:') return /^tel:\+?[0-9][0-9.()-]*$/i.test(value)
  return false
}

/** Payload `validate` of every link field (none has a length limit): required when the field says so, then {@link isSafeLinkUrl}. */
export const validateSafeUrl: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value) return required ? req.t('validation:required') : true
  return isSafeLinkUrl(value) ? true : unsafeUrlMessage
}
