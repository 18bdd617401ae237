import { fill, PDFDocument, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingRgbColor, type PDFPage } from 'pdf-lib'
import qrcode from 'qrcode-generator'

import { drawLine, embedTypeface, widthOfText, type Face } from './typeface'

/** A one-page A4 document with a text cursor: just what notices and receipts need. */
export type PdfWriter = { doc: PDFDocument; page: PDFPage; regular: Face; bold: Face; y: number }

/** Page margin, in points. */
export const margin = 50
/** A4, in points. */
export const a4 = { width: 595.28, height: 841.89 } as const
export const ink = rgb(0.1, 0.1, 0.1)
export const blue = rgb(0, 0.4, 0.8)
/** Secondary text: labels, fingerprints, notes. */
export const grey = rgb(0.3, 0.35, 0.4)

/** A new A4 page with the municipality's heading, in the site's typeface. */
export async function newPdf(title: string, heading: string): Promise<PdfWriter> {
  const doc = await PDFDocument.create()
  doc.setTitle(title)
  doc.setLanguage('it-IT')
  doc.setCreator('Sportello — Comune di Brindisi')
  const page = doc.addPage([a4.width, a4.height])
  const w: PdfWriter = { doc, page, ...(await embedTypeface(doc)), y: a4.height - margin }
  text(w, heading, { size: 18, bold: true, color: blue })
  text(w, title, { size: 13, bold: true })
  w.y -= 8
  return w
}

/** Continues on a new page. */
export function nextPage(w: PdfWriter): void {
  w.page = w.doc.addPage([a4.width, a4.height])
  w.y = a4.height - margin
}

/** Writes one line and moves the cursor down. */
export function text(w: PdfWriter, value: string, options: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; x?: number } = {}): void {
  const size = options.size ?? 11
  drawLine(w.page, options.bold ? w.bold : w.regular, value, { x: options.x ?? margin, y: w.y - size, size, color: options.color ?? ink })
  w.y -= size * 1.6
}

/** Splits text into lines that fit the page width at the given size; line breaks and tabs someone typed become spaces. */
export function wrap(w: PdfWriter, value: string, size: number, options: { bold?: boolean; indent?: number } = {}): string[] {
  const face = options.bold ? w.bold : w.regular
  const width = a4.width - 2 * margin - (options.indent ?? 0)
  const lines: string[] = []
  let line = ''
  for (const word of value.replace(/\r\n|[\r\n\t]/g, ' ').split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (widthOfText(face, next, size) <= width || !line) line = next
    else {
      lines.push(line)
      line = word
    }
  }
  return [...lines, line]
}

/** Writes wrapped text, starting a new page when the current one is full. */
export function paragraph(w: PdfWriter, value: string, options: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; indent?: number } = {}): void {
  const size = options.size ?? 10
  for (const line of wrap(w, value, size, options)) {
    if (w.y < margin + size * 2) nextPage(w)
    text(w, line, { size, bold: options.bold, color: options.color ?? ink, x: margin + (options.indent ?? 0) })
  }
}

/** A "label: value" row. */
export function field(w: PdfWriter, label: string, value: string): void {
  drawLine(w.page, w.regular, label, { x: margin, y: w.y - 11, size: 10, color: grey })
  drawLine(w.page, w.bold, value, { x: margin + 170, y: w.y - 11, size: 11, color: ink })
  w.y -= 19
}

/**
 * Draws a QR code of the text (error correction M) as vector squares: one filled path of rectangles,
 * each run of dark modules in a row one rectangle (a drawRectangle per module was most of a page's
 * drawing cost, and adjacent runs leave no hairline seams).
 */
export function drawQrCode(w: PdfWriter, payload: string, x: number, y: number, side: number): void {
  const qr = qrcode(0, 'M')
  qr.addData(payload, 'Byte')
  qr.make()
  const count = qr.getModuleCount()
  const cell = side / count
  const operators = [pushGraphicsState(), setFillingRgbColor(0, 0, 0)]
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.isDark(row, col)) continue
      const start = col
      while (col + 1 < count && qr.isDark(row, col + 1)) col++
      operators.push(rectangle(x + start * cell, y + side - (row + 1) * cell, (col - start + 1) * cell, cell))
    }
  }
  w.page.pushOperators(...operators, fill(), popGraphicsState())
}
