import { promisify } from 'node:util'
import { brotliCompress, constants, gzip, gzipSync } from 'node:zlib'

import { minCompressBytes } from '../../cms/publishing/assemble'
import { isCompressibleType } from './compressibleTypes'
import { maxCachedBytes, type StaticFile } from './staticFile'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** What a conditional, compressed answer depends on in the request. */
export type VariantRequest = { ifNoneMatch?: string; acceptEncoding?: string; head?: boolean }

/** The parts of a request (a Hono context's) that choose the variant. */
export const variantRequestOf = (c: { req: { header: (name: string) => string | undefined; method: string } }): VariantRequest =>
  ({ ifNoneMatch: c.req.header('if-none-match'), acceptEncoding: c.req.header('accept-encoding'), head: c.req.method === 'HEAD' })

/**
 * The answer for a body held in memory with its compressed variants: Brotli or gzip when the client
 * takes them (each with its own ETag, as a different representation), 304 when the client has it.
 */
export function variantResponse(file: StaticFile, request: VariantRequest, cacheControl: string, extraHeaders: Record<string, string> = {}): Response {
  const accepts = request.acceptEncoding ?? ''
  const gzipped = !(file.br && accepts.includes('br')) && accepts.includes('gzip') ? gzipOf(file) : undefined
  const varies = Boolean(file.br || file.gzip || gzipsOnRequest(file))
  const [encoding, body] = file.br && accepts.includes('br') ? ['br', file.br] : gzipped ? ['gzip', gzipped] : [undefined, file.body]
  const headers = new Headers({ ...extraHeaders, 'Content-Type': file.contentType, 'Cache-Control': cacheControl, ETag: encoding ? `${file.etag.slice(0, -1)}-${encoding}"` : file.etag })
  if (varies) headers.set('Vary', 'Accept-Encoding')
  if (encoding) headers.set('Content-Encoding', encoding)
  if (request.ifNoneMatch && request.ifNoneMatch.split(/\s*,\s*/).includes(headers.get('ETag')!)) return new Response(null, { status: 304, headers })
  headers.set('Content-Length', String(body.length))
  // Buffers read from files or made by zlib are backed by a plain ArrayBuffer.
  return new Response(request.head ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers })
}

/**
 * A file's gzip variant: its twin, or, for a file the publisher gave a Brotli twin alone (a page:
 * cms/publishing/assemble/compress.ts) or no twin (the search index's data files: searchIndex.ts), made on the first
 * request of a client that takes gzip and kept with the file (the cache holds the entry). Other files without a twin
 * (images, fonts) are compressed already.
 */
function gzipOf(file: StaticFile): Buffer | undefined {
  if (!file.gzip && (file.br || gzipsOnRequest(file))) file.gzip = gzipSync(file.body, { level: 6 })
  return file.gzip
}

/** Text without a twin, big enough to gain and small enough to be kept in the file cache (staticFile.ts) once made. */
const gzipsOnRequest = (file: StaticFile) =>
  !file.br && !file.gzip && file.body.length >= minCompressBytes && file.body.length <= maxCachedBytes && isCompressibleType(file.contentType)

/**
 * A generated body (JSON, CSV, GeoJSON) with its Brotli and gzip variants, made once and served
 * many times. Brotli at quality 5: near gzip's speed, a good part of quality 11's gain.
 */
export async function withVariants(body: Buffer, contentType: string, etag: string): Promise<StaticFile> {
  if (body.length < 256) return { body, contentType, etag }
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipped(body, { level: 6 }),
  ])
  return { body, br, gzip: gz, contentType, etag }
}
