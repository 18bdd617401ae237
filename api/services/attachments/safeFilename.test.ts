import { describe, expect, it } from 'vitest'

import { safeFilename } from './safeFilename'

describe('safeFilename', () => {
  it('keeps the base name and puts the real extension in place of the claimed one', () => {
    expect(safeFilename('Carta d’identità fronte.jpeg', 'jpg')).toBe('Carta d’identità fronte.jpg')
    expect(safeFilename('fattura.exe', 'pdf')).toBe('fattura.pdf')
  })

  it('drops any folder the browser sent along', () => {
    expect(safeFilename('C:\\Users\\mario\\Desktop\\isee.pdf', 'pdf')).toBe('isee.pdf')
    expect(safeFilename('../../etc/passwd', 'pdf')).toBe('passwd.pdf')
  })

  it('removes control characters and the right-to-left override that disguises extensions', () => {
    expect(safeFilename('foto\u202Egpj.exe', 'png')).toBe('foto gpj.png')
    expect(safeFilename('a\r\nb\t"c";.pdf', 'pdf')).toBe('a b c ;.pdf')
  })

  it('limits the name to 100 characters without splitting a character', () => {
    const name = safeFilename(`${'é'.repeat(150)}😀.pdf`, 'pdf')
    expect(name).toBe(`${'é'.repeat(96)}.pdf`)
    expect(Array.from(safeFilename(`${'😀'.repeat(120)}.png`, 'png'))).toHaveLength(100)
  })

  it('falls back to a generic name when nothing usable is left', () => {
    expect(safeFilename('', 'pdf')).toBe('allegato.pdf')
    expect(safeFilename('...', 'jpg')).toBe('allegato.jpg')
    expect(safeFilename('.pdf', 'pdf')).toBe('allegato.pdf')
  })
})
