/** A short, readable file format for a MIME type: "PDF", "DOCX"; "file" when unknown. */
export function mimeTypeToFormat(mimeType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'application/vnd.oasis.opendocument.text': 'ODT',
    'text/csv': 'CSV',
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
    'image/webp': 'WEBP',
  }
  return known[mimeType] ?? 'file'
}
