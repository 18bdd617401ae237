import { describe, expect, it } from 'vitest'

import { missingGlyph, pdfToLines } from '../testing/pdfText'
import { field, newPdf, text } from './pdfLayout'

const italian = '«Caffè d’Aragona – 12,50 €» … perché è più là'

describe('PDF layout', () => {
  it('prints Italian text, typographic quotes, dashes and the euro sign as themselves, in the site’s Titillium Web', async () => {
    const w = await newPdf('Ricevuta di prova', 'Comune di Brindisi')
    text(w, italian)
    field(w, 'Importo', '12,50 €')
    const { lines, fonts } = await pdfToLines(await w.doc.save())
    expect(lines).toEqual(['Comune di Brindisi', 'Ricevuta di prova', italian, 'Importo12,50 €'])
    expect(fonts.sort()).toEqual(['TitilliumWeb-Regular', 'TitilliumWeb-SemiBold'])
  })

  it('prints the names of residents from abroad from the typeface’s latin-ext file', async () => {
    const w = await newPdf('Ricevuta di prova', 'Comune di Brindisi')
    text(w, 'Ștefan Țurcanu, Łukasz Wałęsa, Antonín Dvořák', { bold: true })
    expect((await pdfToLines(await w.doc.save())).lines[2]).toBe('Ștefan Țurcanu, Łukasz Wałęsa, Antonín Dvořák')
  })

  it('prints a character the typeface lacks as an empty glyph, never as another character', async () => {
    const w = await newPdf('Ricevuta di prova', 'Comune di Brindisi')
    text(w, 'Юлия è qui')
    expect((await pdfToLines(await w.doc.save())).lines[2]).toBe(`${missingGlyph.repeat(4)} è qui`)
  })

  it('spells an arrow or a sign the typeface lacks with the characters it has', async () => {
    const w = await newPdf('Ricevuta di prova', 'Comune di Brindisi')
    text(w, 'Solo ritorno (scuola → casa) • ISEE ≤ 15.000 €')
    expect((await pdfToLines(await w.doc.save())).lines[2]).toBe('Solo ritorno (scuola -> casa) • ISEE <= 15.000 €')
  })
})
