/** The parts of a postal address that schema.org and the municipal model ask for. */
export interface PostalAddressParts {
  streetAddress: string
  postalCode?: string
  addressLocality?: string
}

/**
 * An address written as editors write it ("Piazza Matteotti, 1 - 72100 Brindisi (piano terra)") split into street,
 * postcode and locality; notes in brackets after the postcode are not part of the locality. Without a postcode the
 * whole text is the street.
 */
export function addressToPostalAddress(address: string): PostalAddressParts {
  const match = /^(.+?)\s+[-–]\s+(\d{5})\s+(.+)$/.exec(address.trim())
  if (!match) return { streetAddress: address.trim() }
  const [, street, postalCode, rest] = match
  const locality = rest.replace(/\([^()]*\)/g, '').replace(/\s+/g, ' ').trim()
  return { streetAddress: street.trim(), postalCode, ...(locality && { addressLocality: locality }) }
}
