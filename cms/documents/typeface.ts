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

/**
 * fontkit, parsing each font file once per process: pdf-lib asks fontkit to parse the font again for
 * every document, and that parse (with its glyph and layout tables) was most of a page's cost. The
 * parsed font is only read afterwards — each document makes its own subset of it — so documents share it.
 */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0]
const parsedFonts = new WeakMap<Uint8Array, ReturnType<Fontkit['create']>>()
const sharedFontkit: Fontkit = {
  create(data, name) {
    if (name !== undefined) return fontkit.create(data, name)
    let font = parsedFonts.get(data)
    if (!font) parsedFonts.set(data, (font = memoisedLayout(fontkit.create(data))))
    return font
  },
}

/**
 * The font with its text layouts kept: pdf-lib lays out (full OpenType shaping) every line it draws
 * or measures, and headings, labels and legal sentences repeat on every document. Layouts are only
 * read (glyph ids and widths). Bounded: emptied when it grows large.
 */
function memoisedLayout(font: ReturnType<Fontkit['create']>): ReturnType<Fontkit['create']> {
  const layout = font.layout.bind(font)
  const layouts = new Map<string, ReturnType<typeof layout>>()
  font.layout = (text, features) => {
    if (features !== undefined || typeof text !== 'string') return layout(text, features)
    let run = layouts.get(text)
    if (!run) {
      if (layouts.size >= 20_000) layouts.clear()
      layouts.set(text, (run = layout(text)))
    }
    return run
  }
  return font
}

/** Which weight each embedded face is, for the width memo below. */
const weightOfFace = new WeakMap<Face, string>()

/** Embeds Titillium Web, regular and bold, in a new document, as subsets: a document carries only the glyphs it draws. */
export async function embedTypeface(doc: PDFDocument): Promise<{ regular: Face; bold: Face }> {
  doc.registerFontkit(sharedFontkit)
  const [regular, bold] = await Promise.all([doc.embedFont(await fontFile(files.regular), { subset: true }), doc.embedFont(await fontFile(files.bold), { subset: true })])
  weightOfFace.set(regular, files.regular)
  weightOfFace.set(bold, files.bold)
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

/**
 * Widths at size 1000 of texts already measured, per weight: wrapping measures every growing line
 * word by word, and each measure is a full OpenType layout. Bounded: emptied when it grows large.
 */
const measured = new Map<string, number>()

/** The width of a text in the face at a size, in points. */
export function widthOfText(face: Face, value: string, size: number): number {
  const weight = weightOfFace.get(face)
  if (!weight) return face.widthOfTextAtSize(printable(face, value), size)
  const key = `${weight}\u0000${value}`
  let width = measured.get(key)
  if (width === undefined) {
    if (measured.size >= 20_000) measured.clear()
    measured.set(key, (width = face.widthOfTextAtSize(printable(face, value), 1000)))
  }
  return (width * size) / 1000
}

/** Draws one line of text in the face, starting at (x, y). */
export function drawLine(page: PDFPage, face: Face, value: string, { x, y, size, color }: { x: number; y: number; size: number; color: Color }): void {
  page.drawText(printable(face, value), { x, y, size, font: face, color })
}
