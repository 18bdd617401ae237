import fontkit from '@pdf-lib/fontkit'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFObject } from 'pdf-lib'

/** A glyph drawn without a character behind it (the font's empty box), in extracted text. */
export const missingGlyph = '\uFFFD'

type EmbeddedFont = { baseFont: string; toUnicode: Map<number, string>; hasOutline: (glyphId: number) => boolean }

/** The decoded bytes of a stream object, or undefined when there is none. */
function streamBytes(doc: PDFDocument, ref: PDFObject | undefined): Uint8Array | undefined {
  const stream = ref && doc.context.lookup(ref)
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : undefined
}
const bytesToText = (bytes: Uint8Array | undefined): string => new TextDecoder('latin1').decode(bytes)

/** Reads one font of a page, and refuses a font the PDF does not carry (a standard one such as Helvetica). */
function readFont(doc: PDFDocument, ref: PDFObject | undefined): EmbeddedFont {
  const font = doc.context.lookup(ref, PDFDict)
  const baseFont = font.get(PDFName.of('BaseFont'))!.toString().slice(1)
  const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict)
  const file = streamBytes(doc, descendant?.lookup(PDFName.of('FontDescriptor'), PDFDict).get(PDFName.of('FontFile2')))
  const cmap = streamBytes(doc, font.get(PDFName.of('ToUnicode')))
  if (!file || !cmap) throw new Error(`${baseFont}: font not embedded in the PDF`)
  const toUnicode = new Map<number, string>()
  for (const [, glyph, units] of bytesToText(cmap).matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi)) {
    toUnicode.set(parseInt(glyph!, 16), String.fromCharCode(...units!.match(/.{4}/g)!.map((u) => parseInt(u, 16))))
  }
  const outlines = fontkit.create(Buffer.from(file))
  return { baseFont, toUnicode, hasOutline: (glyphId) => outlines.getGlyph(glyphId).path.toSVG() !== '' }
}

/**
 * The text a pdf-lib document draws, one string per line, read back through each font's
 * ToUnicode map: a test-side reader, enough for our one-page documents (pdf-lib writes every run
 * as `/Font size Tf … x y Tm <glyph ids> Tj`). Also checks that every visible character is drawn with
 * an outline from the embedded font; a glyph the font lacks reads as U+FFFD.
 */
export async function pdfToLines(bytes: Uint8Array): Promise<{ lines: string[]; fonts: string[] }> {
  const doc = await PDFDocument.load(bytes)
  const lines: string[] = []
  const fonts = new Set<string>()
  for (const page of doc.getPages()) {
    const resources = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict)
    const contents = page.node.Contents()
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents]
    let font: EmbeddedFont | undefined
    let lineY: string | undefined
    for (const [, fontKey, y, glyphs] of streams.map((stream) => bytesToText(streamBytes(doc, stream))).join('\n').matchAll(/\/(\S+) [\d.]+ Tf|1 0 0 1 [\d.-]+ ([\d.-]+) Tm|<([0-9A-F]*)> Tj/gi)) {
      if (fontKey) {
        font = readFont(doc, resources.get(PDFName.of(fontKey)))
        fonts.add(font.baseFont.replace(/-\d+$/, ''))
      } else if (y) {
        if (y !== lineY) lines.push('')
        lineY = y
      } else if (glyphs !== undefined && font) {
        for (const id of glyphs.match(/.{4}/g) ?? []) {
          const glyphId = parseInt(id, 16)
          const char = font.toUnicode.get(glyphId) ?? missingGlyph
          if (char.trim() && char !== missingGlyph && !font.hasOutline(glyphId)) throw new Error(`${font.baseFont}: «${char}» has no outline`)
          lines[lines.length - 1] += char
        }
      }
    }
  }
  return { lines, fonts: [...fonts] }
}
