import { describe, expect, it } from 'vitest'

import { CsvImportError, csvToPositions, dateTextToIso, euroTextToCents } from './importPositionsCsv'

const header = 'codice_fiscale;nominativo;causale;importo;scadenza'

describe('reading a CSV of payment positions', () => {
  it('reads Italian amounts and dates', () => {
    const rows = csvToPositions(`${header}\nCPTGNN85C54B180W;Giovanna Caputo;Mensa scolastica ottobre;45,60;31/10/2026\n`)
    expect(rows).toEqual([{ debtorFiscalCode: 'CPTGNN85C54B180W', debtorName: 'Giovanna Caputo', reason: 'Mensa scolastica ottobre', amountCents: 4560, dueDate: '2026-10-31T12:00:00.000Z' }])
  })

  it('lists every bad row with its line number and reason', () => {
    const csv = `${header}\nCPTGNN85C54B180W;Giovanna Caputo;Mensa;45,60;31/10/2026\nXYZ;Mario Rossi;Mensa;10;31/10/2026\nVLNMRC79H03B180T;Marco Valente;Mensa;dieci;31/10/2026\nVLNMRC79H03B180T;Marco Valente;Mensa;10;31/02/2026\n`
    const error = (() => { try { csvToPositions(csv) } catch (e) { return e } })() as CsvImportError
    expect(error).toBeInstanceOf(CsvImportError)
    expect(error.problems).toEqual([
      { line: 3, message: 'Codice fiscale non valido: «XYZ».' },
      { line: 4, message: 'Importo non valido: «dieci» (usa per esempio 12,50).' },
      { line: 5, message: 'Scadenza non valida: «31/02/2026» (usa GG/MM/AAAA).' },
    ])
  })

  it('refuses a file without the required columns', () => {
    expect(() => csvToPositions('nome;importo\nMario;10\n')).toThrow(CsvImportError)
  })

  it.each([['12,50', 1250], ['12.5', 1250], ['1.234,56', 123456], ['7', 700], ['0', null], ['-3', null], ['1,234', null]])('reads the amount %s as %s cents', (text, cents) => {
    expect(euroTextToCents(text)).toBe(cents)
  })

  it('refuses dates that do not exist', () => {
    expect(dateTextToIso('2026-02-29')).toBeNull()
    expect(dateTextToIso('2028-02-29')).toBe('2028-02-29T12:00:00.000Z')
  })
})
