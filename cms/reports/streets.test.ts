import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { Street } from './contract'
import { insideComune } from './geo'
import { foldText, rankStreets, streetMatch } from './streets'

const list: Street[] = JSON.parse(readFileSync(new URL('../../content/streets.json', import.meta.url), 'utf8'))
const names = (query: string, limit?: number) => rankStreets(list, query, limit).map((s) => s.name)

describe('the Comune’s street list (content/streets.json)', () => {
  it('has about 150 streets, each named once, inside the Comune, with its area', () => {
    expect(list.length).toBeGreaterThanOrEqual(140)
    expect(new Set(list.map((s) => foldText(s.name))).size).toBe(list.length)
    for (const street of list) {
      expect(insideComune(street), street.name).toBe(true)
      expect(street.area.trim()).not.toBe('')
    }
    for (const area of ['Centro', 'Casale', 'Paradiso', "Sant'Elia", 'Perrino', 'Bozzano', 'Tuturano']) expect(list.some((s) => s.area === area), area).toBe(true)
  })
})

describe('street search', () => {
  it('puts the street whose words begin with what was typed first, whatever kind of street the citizen typed', () => {
    expect(names('via garib')[0]).toBe('Corso Garibaldi')
    expect(names('corso umb')[0]).toBe('Corso Umberto I')
    expect(names('piazza vittoria')[0]).toBe('Piazza della Vittoria')
    expect(names('de simone')[0]).toBe('Via Ruggero De Simone')
    expect(names('san lorenzo')[0]).toBe('Via San Lorenzo da Brindisi')
  })

  it('ignores accents, case and apostrophes', () => {
    expect(names('LIBERTA')[0]).toBe('Viale della Libertà')
    expect(names('viale della liberta')[0]).toBe('Viale della Libertà')
    expect(names('de flagilla')[0]).toBe("Via de' Flagilla")
    expect(names('sant aloy')[0]).toBe("Via Sant'Aloy")
    expect(names('Sant’Angelo')).toContain("Via Sant'Angelo")
  })

  it('ranks a name that begins with the words before one that only contains a word beginning so', () => {
    expect(streetMatch('Corso Garibaldi', 'corso g')).toBe(0)
    expect(streetMatch('Corso Garibaldi', 'garibaldi')).toBe(1)
    expect(streetMatch('Corso Garibaldi', 'via garibaldi')).toBe(2)
    expect(streetMatch('Corso Garibaldi', 'ribal')).toBe(3)
    expect(streetMatch('Corso Garibaldi', 'mazzini')).toBeNull()
    const appia = names('via a')
    expect(appia.length).toBeLessThanOrEqual(8)
    expect(appia.every((name) => /^via a/i.test(foldText(name)))).toBe(true)
  })

  it('answers nothing to one letter, to gibberish or to a very long text, and keeps to the limit', () => {
    expect(names('v')).toEqual([])
    expect(names('qqqqq')).toEqual([])
    expect(names('a'.repeat(101))).toEqual([])
    expect(names('via', 3)).toHaveLength(3)
  })
})
