import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

import fontkit from '@pdf-lib/fontkit'
import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib'

/**
 * One weight of the site's typeface, Titillium Web, embedded in a document. The TrueType files that
 * bootstrap-italia ships hold Latin and Latin Extended in one file (Italian, « » ’ – … €, and names
 * of residents from abroad: ș ț ł ř…); a character outside them prints as the font's empty box,
 * never as another character. TrueType, not the WOFF of @fontsource: fontkit inflates WOFF glyph
 * data again for every glyph it reads, ten times the cost per PDF.
 */
export type Face = PDFFont

/** The weights PDFs use: the site's own (site/styles/fonts.css), 400 for text and 600 for bold. */
const files = { regular: 'regular', bold: '600' } as const

const require = createRequire(import.meta.url)
const fontFiles = new Map<string, Promise<Buffer>>()
const fontFile = (weight: string) => {
  const name = `bootstrap-italia/src/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-${weight}.ttf`
  // Found at run time: the admin's bundler must not try to compile the font files into its chunks.
  if (!fontFiles.has(name)) fontFiles.set(name, readFile(require.resolve(/* turbopackIgnore: true */ name)))
  return fontFiles.get(name)!
}

/** Embeds Titillium Web, regular and bold, in a new document, as subsets: a document carries only the glyphs it draws. */
export async function embedTypeface(doc: PDFDocument): Promise<{ regular: Face; bold: Face }> {
  doc.registerFontkit(fontkit)
  const [regular, bold] = await Promise.all([doc.embedFont(await fontFile(files.regular), { subset: true }), doc.embedFont(await fontFile(files.bold), { subset: true })])
  return { regular, bold }
}

/**
 * Signs that staff write in labels and the typeface lacks, spelled with the characters it has: an
 * option "scuola → casa" prints as "scuola -> casa", not as an empty box. Anything else missing still
 * prints as the box, so a lost character is seen, never silently replaced by another one.
 */
const standIns: Record<string, string> = { '→': '->', '←': '<-', '↔': '<->', '⇒': '=>', '•': '·', '✓': 'v', '✔': 'v', '≥': '>=', '≤': '<=', '≠': '!=' }
const characterSets = new WeakMap<Face, Set<number>>()

/** The text as the face can print it: signs it lacks replaced by their stand-ins. */
function printable(face: Face, value: string): string {
  let set = characterSets.get(face)
  if (!set) characterSets.set(face, (set = new Set(face.getCharacterSet())))
  const known = set
  return value.replace(/[^\u0000-\u00ff]/gu, (char) => (known.has(char.codePointAt(0)!) ? char : (standIns[char] ?? char)))
}

/** The width of a text in the face at a size, in points. */
export const widthOfText = (face: Face, value: string, size: number): number => face.widthOfTextAtSize(printable(face, value), size)

/** Draws one line of text in the face, starting at (x, y). */
export function drawLine(page: PDFPage, face: Face, value: string, { x, y, size, color }: { x: number; y: number; size: number; color: Color }): void {
  page.drawText(printable(face, value), { x, y, size, font: face, color })
}
