import { describe, expect, it } from 'vitest'

import { isOverdue, medianOf } from './stats'

describe('medianOf', () => {
  it('is the middle value, the mean of the middle two when even, null for none, to a tenth', () => {
    expect(medianOf([9, 2, 4])).toBe(4)
    expect(medianOf([1, 2, 3, 10])).toBe(2.5)
    expect(medianOf([])).toBeNull()
    expect(medianOf([1 / 3])).toBe(0.3)
  })
})

describe('isOverdue', () => {
  const now = new Date('2026-12-03T10:00:00Z')
  it('is an open report past its target date, never a solved or closed one', () => {
    expect(isOverdue({ status: 'in-lavorazione', targetDate: '2026-12-01T00:00:00Z' }, now)).toBe(true)
    expect(isOverdue({ status: 'ricevuta', targetDate: '2026-12-05T00:00:00Z' }, now)).toBe(false)
    expect(isOverdue({ status: 'risolta', targetDate: '2026-12-01T00:00:00Z' }, now)).toBe(false)
    expect(isOverdue({ status: 'ricevuta', targetDate: null }, now)).toBe(false)
  })
})
