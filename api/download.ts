/**
 * A file sent as a download: never rendered by the browser, never kept by a shared cache. A plain
 * ASCII name goes as `filename="…"`; any other (a citizen's own file name) as RFC 6266's `filename*`.
 */
export function downloadResponse(bytes: Uint8Array, filename: string, mime = 'application/pdf'): Response {
  const disposition = /^[\x20-\x7e]+$/.test(filename) && !/["\\]/.test(filename)
    ? `attachment; filename="${filename}"`
    : `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`
  return new Response(Buffer.from(bytes), {
    headers: { 'content-type': mime, 'content-disposition': disposition, 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' },
  })
}
