import { createHash } from 'node:crypto'

import { fileTypeFromBuffer } from 'file-type'
import sharp, { type Metadata } from 'sharp'

import { AttachmentRejectedError, type AttachmentType } from './AttachmentRejectedError'
import { maxAttachmentBytes, maxImagePixels } from './limits'
import { hasPdfStructure } from '../../../cms/documents/pdfStructure'
import { safeFilename } from './safeFilename'

export { AttachmentRejectedError, type AttachmentRejection, type AttachmentType } from './AttachmentRejectedError'

/** What one attachment slot accepts. */
export type AttachmentRules = { types: readonly AttachmentType[]; maxBytes: number }

/** A file that passed the checks, ready to store: `bytes` are what to keep, not what was uploaded. */
export type InspectedAttachment = { bytes: Uint8Array; mime: string; extension: string; filename: string; sha256: string; size: number }

const formats: Record<AttachmentType, { mime: string; extension: string }> = {
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  jpeg: { mime: 'image/jpeg', extension: 'jpg' },
  png: { mime: 'image/png', extension: 'png' },
}

// file-type's answers that are one of ours: an Illustrator file saved with PDF compatibility is a
// PDF; an animated PNG is a PNG whose first frame is kept.
const detectedTypes: Record<string, AttachmentType> = { pdf: 'pdf', ai: 'pdf', jpg: 'jpeg', png: 'png', apng: 'png' }

// Magic bytes sit at the start; sniffing a prefix keeps file-type from walking a whole archive.
const sniffBytes = 64 * 1024

/**
 * Checks an uploaded file against a slot's rules and returns what to store. The type comes from
 * the content, never from the name or the browser's declared type. PDFs are kept byte for byte;
 * images are decoded and re-encoded, which applies the EXIF rotation and drops every metadata
 * block (GPS position, camera, comments) and anything hidden after the image data.
 */
export async function inspectAttachment(bytes: Uint8Array, originalName: string, rules: AttachmentRules): Promise<InspectedAttachment> {
  const maxBytes = Math.min(rules.maxBytes, maxAttachmentBytes)
  if (bytes.length > maxBytes) throw AttachmentRejectedError.tooLarge(maxBytes)
  if (bytes.length === 0) throw new AttachmentRejectedError('unreadable', 'Il file è vuoto.')

  const detected = await fileTypeFromBuffer(bytes.subarray(0, sniffBytes))
  const type = detected ? detectedTypes[detected.ext] : undefined
  if (!type || !rules.types.includes(type)) throw AttachmentRejectedError.typeNotAllowed(rules.types)

  const stored = type === 'pdf' ? checkedPdf(bytes) : await reencodedImage(bytes, type)
  // Re-encoding can make an image a little larger than the upload; the absolute cap still holds.
  if (stored.length > maxAttachmentBytes) throw AttachmentRejectedError.tooLarge(maxBytes)
  const { mime, extension } = formats[type]
  return {
    bytes: stored,
    mime,
    extension,
    filename: safeFilename(originalName, extension),
    sha256: createHash('sha256').update(stored).digest('hex'),
    size: stored.length,
  }
}

function checkedPdf(bytes: Uint8Array): Uint8Array {
  if (!hasPdfStructure(bytes)) throw AttachmentRejectedError.unreadable()
  return bytes
}

async function reencodedImage(bytes: Uint8Array, type: 'jpeg' | 'png'): Promise<Uint8Array> {
  // The header alone says how big the decoded image would be; refuse before allocating any pixels.
  let header: Metadata
  try {
    header = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch (error) {
    throw AttachmentRejectedError.unreadable(error)
  }
  if (!header.width || !header.height) throw AttachmentRejectedError.unreadable()
  if (header.width * header.height > maxImagePixels) throw AttachmentRejectedError.imageTooLarge()

  // limitInputPixels again, in case the decoder disagrees with the header; failOn 'error' refuses
  // truncated or corrupt pixel data instead of storing a half-grey picture.
  const image = sharp(bytes, { limitInputPixels: maxImagePixels, failOn: 'error' }).rotate()
  const encoded = type === 'jpeg' ? image.jpeg({ quality: 90 }) : image.png({ palette: header.isPalette })
  try {
    return await encoded.toBuffer()
  } catch (error) {
    throw AttachmentRejectedError.unreadable(error)
  }
}
