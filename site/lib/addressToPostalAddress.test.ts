import { describe, expect, it } from 'vitest'

import { addressToPostalAddress } from './addressToPostalAddress'

describe('addressToPostalAddress', () => {
  it('splits street, postcode and locality', () => {
    expect(addressToPostalAddress('Piazza Matteotti, 1 - 72100 Brindisi')).toEqual({ streetAddress: 'Piazza Matteotti, 1', postalCode: '72100', addressLocality: 'Brindisi' })
  })

  it('leaves the notes in brackets out of the locality', () => {
    expect(addressToPostalAddress('Piazza Matteotti, 1 - 72100 Brindisi (piano terra)').addressLocality).toBe('Brindisi')
    expect(addressToPostalAddress('Piazza Regina Margherita - 72100 Tuturano (Brindisi) (indirizzo di esempio)').addressLocality).toBe('Tuturano')
  })

  it('keeps an address without a postcode whole, as the street', () => {
    expect(addressToPostalAddress('Isola di Sant’Andrea')).toEqual({ streetAddress: 'Isola di Sant’Andrea' })
  })
})
