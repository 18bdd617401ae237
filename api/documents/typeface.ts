import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

import fontkit from '@pdf-lib/fontkit'
import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib'

/**
 * One weight of the site's typeface, Titillium Web, as @fontsource ships it: split by script into a
 * latin file (Italian, « » ’ – … €) and a latin-ext one (ș ț ł ř…, names of residents from abroad).
 * Each character is drawn from the file that has it; one that neither has prints as the font's
 * empty box, never as another character.
 */
export type Face = { latin: PDFFont; latinExt: PDFFont; extOnly: Set<number> }

/** The weights PDFs use: the site's own (site/styles/fonts.css), 400 for text and 600 for bold. */
const weights = { regular: 400, bold: 600 } as const

const require = createRequire(import.meta.url)
const fontFiles = new Map<string, Promise<Buffer>>()
// WOFF, which fontkit reads; pdf-lib's subsetting writes the embedded font as plain TrueType.
const fontFile = (subset: 'latin' | 'latin-ext', weight: number) => {
  const name = `@fontsource/titillium-web/files/titillium-web-${subset}-${weight}-normal.woff`
  if (!fontFiles.has(name)) fontFiles.set(name, readFile(require.resolve(name)))
  return fontFiles.get(name)!
}

async function embedFace(doc: PDFDocument, weight: number): Promise<Face> {
  // Subsets: a document carries only the glyphs it draws, a few kB.
  const [latin, latinExt] = await Promise.all([doc.embedFont(await fontFile('latin', weight), { subset: true }), doc.embedFont(await fontFile('latin-ext', weight), { subset: true })])
  const inLatin = new Set(latin.getCharacterSet())
  return { latin, latinExt, extOnly: new Set(latinExt.getCharacterSet().filter((c) => !inLatin.has(c))) }
}

/** Embeds Titillium Web, regular and bold, in a new document. */
export async function embedTypeface(doc: PDFDocument): Promise<{ regular: Face; bold: Face }> {
  doc.registerFontkit(fontkit)
  const [regular, bold] = await Promise.all([embedFace(doc, weights.regular), embedFace(doc, weights.bold)])
  return { regular, bold }
}

/** Text split into runs, each with the file of the face that has its characters. */
function textToRuns(face: Face, value: string): { font: PDFFont; text: string }[] {
  const runs: { font: PDFFont; text: string }[] = []
  for (const ch of value) {
    const font = face.extOnly.has(ch.codePointAt(0)!) ? face.latinExt : face.latin
    const last = runs.at(-1)
    if (last?.font === font) last.text += ch
    else runs.push({ font, text: ch })
  }
  return runs
}

/** The width of a text in the face at a size, in points. */
export const widthOfText = (face: Face, value: string, size: number): number =>
  textToRuns(face, value).reduce((width, run) => width + run.font.widthOfTextAtSize(run.text, size), 0)

/** Draws one line of text in the face, starting at (x, y). */
export function drawLine(page: PDFPage, face: Face, value: string, { x, y, size, color }: { x: number; y: number; size: number; color: Color }): void {
  let at = x
  for (const run of textToRuns(face, value)) {
    page.drawText(run.text, { x: at, y, size, font: run.font, color })
    at += run.font.widthOfTextAtSize(run.text, size)
  }
}
