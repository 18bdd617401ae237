import { describe, expect, it } from 'vitest'

import { comparisonProblem } from './comparisons'
import type { FormField } from './types'

const fields: FormField[] = [
  { name: 'dal', label: 'Dal giorno', type: 'date' },
  { name: 'al', label: 'Al giorno', type: 'date', compare: { op: 'gte', field: 'dal' } },
  { name: 'posti', label: 'Posti disponibili', type: 'number' },
  { name: 'richiesti', label: 'Posti richiesti', type: 'number', compare: { op: 'lt', field: 'posti' } },
]
const [, al, , richiesti] = fields as [FormField, FormField, FormField, FormField]

describe('cross-field rules in the browser', () => {
  it('names both fields, in the words the API uses, when the end date is before the start', () => {
    expect(comparisonProblem(al, fields, { dal: '2026-12-10', al: '2026-12-09' })).toBe('“Al giorno” deve essere uguale o successiva a “Dal giorno”.')
    expect(comparisonProblem(al, fields, { dal: '2026-12-10', al: '2026-12-10' })).toBeNull()
  })

  it('compares numbers typed with a comma as numbers', () => {
    expect(comparisonProblem(richiesti, fields, { posti: '10', richiesti: '10' })).toBe('“Posti richiesti” deve essere minore di “Posti disponibili”.')
    expect(comparisonProblem(richiesti, fields, { posti: '10', richiesti: '9,5' })).toBeNull()
  })

  it('waits for both answers', () => {
    expect(comparisonProblem(al, fields, { al: '2026-12-09' })).toBeNull()
  })
})
