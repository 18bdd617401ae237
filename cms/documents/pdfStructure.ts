const tailLength = 1024

/**
 * Whether the bytes have the frame of a whole PDF: the header, and at the end the `startxref`
 * pointer to a cross-reference section followed by `%%EOF`. A file cut short by a failed upload or
 * a broken export lacks the tail.
 *
 * Structure only, on purpose: fully parsing (e.g. pdf-lib's `PDFDocument.load`) inflates every
 * object stream with no size limit, so a few megabytes of crafted PDF would expand to gigabytes in
 * memory on the request path. The bytes are stored unchanged and only ever offered as a download.
 */
export function hasPdfStructure(bytes: Uint8Array): boolean {
  const latin1 = (from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1')
  if (!/^%PDF-\d\.\d/.test(latin1(0, Math.min(bytes.length, 8)))) return false
  const tailStart = Math.max(0, bytes.length - tailLength)
  const tail = latin1(tailStart, bytes.length)
  // The last pointer wins: incremental updates append a new one; some writers add padding after it.
  const match = [...tail.matchAll(/startxref\s+(\d+)\s+%%EOF/g)].at(-1)
  if (!match) return false
  const offset = Number(match[1])
  if (!Number.isSafeInteger(offset) || offset >= bytes.length) return false
  // The pointer must land on a classic xref table or on an xref stream object ("12 0 obj").
  const target = latin1(offset, Math.min(bytes.length, offset + 32))
  return /^\s*(xref|\d+\s+\d+\s+obj)/.test(target)
}
