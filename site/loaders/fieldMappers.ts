/** Small converters from populated Payload values to the plain shapes the pages render. */

type Related = { slug?: unknown; title?: unknown; path?: unknown } | number | string | null | undefined

/** A link target: the slug and title of a related, published document. */
export type Ref = { slug: string; title: string }

/** A populated relation as a Ref, or undefined when it is missing or not published. */
export function refOf(value: Related): Ref | undefined {
  if (!value || typeof value !== 'object') return undefined
  const slug = typeof value.slug === 'string' ? value.slug : undefined
  const title = typeof value.title === 'string' ? value.title : undefined
  return slug && title ? { slug, title } : undefined
}

/** A populated hasMany relation as Refs, dropping the unpublished ones. */
export function refsOf(values: unknown): Ref[] {
  if (!Array.isArray(values)) return []
  return values.map((v) => refOf(v as Related)).filter((r): r is Ref => r !== undefined)
}

type UploadDoc = {
  filename?: string | null
  alt?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  filesize?: number | null
  sizes?: Record<string, { filename?: string | null; width?: number | null; height?: number | null } | undefined>
}

/** An uploaded image with its responsive variants (sharp-generated WebP/AVIF). */
export type Image = {
  filename: string
  alt: string
  width?: number
  height?: number
  variants: { filename: string; width: number; height?: number; name: string }[]
}

/** A populated upload relation as an Image, or undefined. */
export function imageOf(value: unknown): Image | undefined {
  if (!value || typeof value !== 'object') return undefined
  const doc = value as UploadDoc
  if (!doc.filename || !doc.mimeType?.startsWith('image/')) return undefined
  const variants = Object.entries(doc.sizes ?? {})
    .filter(([, s]) => s?.filename && s.width)
    .map(([name, s]) => ({ name, filename: s!.filename!, width: s!.width!, height: s!.height ?? undefined }))
  return { filename: doc.filename, alt: doc.alt ?? '', width: doc.width ?? undefined, height: doc.height ?? undefined, variants }
}

/** A downloadable file (documents): name, size and type. */
export function fileOf(value: unknown): { filename: string; filesize: number; mimeType: string } | undefined {
  if (!value || typeof value !== 'object') return undefined
  const doc = value as UploadDoc
  if (!doc.filename) return undefined
  return { filename: doc.filename, filesize: doc.filesize ?? 0, mimeType: doc.mimeType ?? 'application/octet-stream' }
}

/** Drops null values so optional schema fields stay optional. */
export function compact<T extends Record<string, unknown>>(data: T): T {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined && v !== '')) as T
}
