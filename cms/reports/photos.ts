import { createHash } from 'node:crypto'

import exifr from 'exifr'
import sharp from 'sharp'

import type { PhotoUpload } from './contract'
import type { Point } from './geo'
import { invalid, ReportRefused } from './refusal'

/** At most 3 photos, 10 MB each, as the citizen uploads them. */
export const photoLimits = { count: 3, bytes: 10 * 1024 * 1024, side: 2000 } as const

/** A photo ready to keep: a fresh JPEG with no metadata (no EXIF, no GPS, no XMP, no ICC), at most 2000 px a side. */
export type PreparedPhoto = { bytes: Buffer; width: number; height: number; sha256: string }

const formats = new Set(['jpeg', 'png', 'webp', 'heif', 'avif'])
// 64 megapixels: a 50 MP phone photo passes; a small file that would decode to gigabytes does not.
const maxPixels = 64_000_000

/** The GPS point inside a photo's EXIF, or null (none, unreadable, or not a number pair). */
export async function photoGps(bytes: Uint8Array): Promise<Point | null> {
  try {
    const gps = await exifr.gps(Buffer.from(bytes))
    if (!gps || !Number.isFinite(gps.latitude) || !Number.isFinite(gps.longitude)) return null
    return { latitude: gps.latitude, longitude: gps.longitude }
  } catch {
    return null
  }
}

/**
 * Decodes and re-encodes one photo: turned upright by its EXIF orientation, shrunk to fit 2000 px,
 * written as a new JPEG. sharp copies no metadata unless asked, so nothing of the original file but
 * its pixels is kept. Refused 'invalid' when it is not a picture sharp can read.
 */
export async function reencodePhoto(upload: PhotoUpload, position: number): Promise<PreparedPhoto> {
  const field = `photos.${position}`
  const input = Buffer.from(upload.bytes)
  let format: string | undefined
  try {
    format = (await sharp(input, { limitInputPixels: maxPixels }).metadata()).format
  } catch {
    format = undefined
  }
  if (!format || !formats.has(format)) invalid(field, `La foto ${position} non è un’immagine JPEG, PNG o WebP leggibile.`)
  try {
    const { data, info } = await sharp(input, { limitInputPixels: maxPixels, failOn: 'error' })
      .rotate()
      .resize(photoLimits.side, photoLimits.side, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true })
    return { bytes: data, width: info.width, height: info.height, sha256: createHash('sha256').update(data).digest('hex') }
  } catch {
    // sharp's own build reads AVIF but not HEIC (HEVC is patent-encumbered): iPhones can save JPEG instead.
    if (format === 'heif') invalid(field, `La foto ${position} è in formato HEIC, che non possiamo leggere: inviala come JPEG (sull’iPhone: Impostazioni › Fotocamera › Formati › Più compatibile).`)
    invalid(field, `La foto ${position} non si riesce a leggere: prova con un’altra immagine.`)
  }
}

/**
 * The citizen's photos, checked (≤ 3, ≤ 10 MB each) and re-encoded, and — only when the citizen
 * accepted it — the GPS point of the first one, read before re-encoding drops it. The point is
 * returned to place the report, never stored with the photo.
 */
export async function preparePhotos(uploads: PhotoUpload[] | null | undefined, usePhotoLocation: boolean): Promise<{ photos: PreparedPhoto[]; gps: Point | null }> {
  const list = uploads ?? []
  if (!Array.isArray(list)) invalid('photos', 'Le foto non sono valide.')
  if (list.length > photoLimits.count) invalid('photos', `Puoi allegare al massimo ${photoLimits.count} foto.`)
  list.forEach((upload, i) => {
    if (!upload || !(upload.bytes instanceof Uint8Array) || upload.bytes.length === 0) invalid(`photos.${i + 1}`, `La foto ${i + 1} è vuota.`)
    if (upload.bytes.length > photoLimits.bytes) throw new ReportRefused('too-large', `La foto ${i + 1} supera i 10 MB: riducila e riprova.`, `photos.${i + 1}`)
  })
  const gps = usePhotoLocation && list[0] ? await photoGps(list[0].bytes) : null
  const photos: PreparedPhoto[] = []
  // One at a time: each decode may take tens of megabytes of memory.
  for (const [i, upload] of list.entries()) photos.push(await reencodePhoto(upload, i + 1))
  return { photos, gps }
}
