/**
 * The media types worth compressing in transit when a file has no precompressed twin: text, and the structured and
 * script formats the site serves (images other than SVG, fonts and PDFs are compressed already). One list for both
 * fronts: the public server's gzip on request (variantResponse.ts) and nginx's `gzip_types` (nginxConfig.ts).
 */
export const compressibleTypes = [
  'text/html', 'text/css', 'text/plain', 'text/xml', 'text/calendar', 'text/csv', 'text/javascript',
  'application/javascript', 'application/json', 'application/xml', 'application/rss+xml', 'application/manifest+json',
  'application/geo+json', 'image/svg+xml',
] as const

/** Whether a Content-Type (parameters allowed) is one to compress: any text, or one of `compressibleTypes`. */
export function isCompressibleType(contentType: string): boolean {
  const type = contentType.split(';', 1)[0]!.trim().toLowerCase()
  return type.startsWith('text/') || (compressibleTypes as readonly string[]).includes(type)
}
