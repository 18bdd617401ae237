import { describe, expect, it } from 'vitest'

import { belfioreToPlace, belfioreToPlaces } from './places'

describe('places of birth by name', () => {
  it('names an Italian municipality with its province and a foreign state by its name', async () => {
    expect(await belfioreToPlace('B180')).toBe('Brindisi (BR)')
    expect(await belfioreToPlace('Z404')).toBe('Stati Uniti d\'America')
  })

  it('gives no name to an unknown code or to something that is not a code', async () => {
    expect(await belfioreToPlace('X999')).toBeNull()
    expect(await belfioreToPlace('Brindisi')).toBeNull()
    expect([...(await belfioreToPlaces(['B180', 'X999', 'B180']))]).toEqual([['B180', 'Brindisi (BR)']])
  })
})
