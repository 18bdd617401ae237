import { bytesPerMegabyte, maxImagePixels } from './limits'

/** Why an uploaded file was refused. */
export type AttachmentRejection = 'too_large' | 'type_not_allowed' | 'unreadable' | 'image_too_large'

/** The file types an attachment slot can accept. */
export type AttachmentType = 'pdf' | 'jpeg' | 'png'

const typeLabels: Record<AttachmentType, string> = { pdf: 'PDF', jpeg: 'JPEG', png: 'PNG' }

/** An uploaded file that will not be stored, with a message the citizen can act on. */
export class AttachmentRejectedError extends Error {
  override name = 'AttachmentRejectedError'
  constructor(
    readonly code: AttachmentRejection,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }

  /** The file is larger than the slot allows. */
  static tooLarge(maxBytes: number): AttachmentRejectedError {
    const megabytes = (maxBytes / bytesPerMegabyte).toLocaleString('it-IT', { maximumFractionDigits: 1 })
    return new AttachmentRejectedError('too_large', `Il file supera la dimensione massima di ${megabytes} MB.`)
  }

  /** The content is not one of the slot's types, whatever the file's name says. */
  static typeNotAllowed(allowed: readonly AttachmentType[]): AttachmentRejectedError {
    const labels = allowed.map((type) => typeLabels[type]).join(', ')
    return new AttachmentRejectedError('type_not_allowed', `Il file non è di un tipo ammesso (ammessi: ${labels}).`)
  }

  /** The content claims an allowed type but cannot be read as one; `cause` keeps the decoder's reason for logs. */
  static unreadable(cause?: unknown): AttachmentRejectedError {
    return new AttachmentRejectedError('unreadable', 'Il file è danneggiato o non leggibile.', cause === undefined ? undefined : { cause })
  }

  /** An image whose declared size would take too much memory to decode (or a decompression bomb). */
  static imageTooLarge(): AttachmentRejectedError {
    const megapixels = Math.floor(maxImagePixels / 1_000_000)
    return new AttachmentRejectedError('image_too_large', `L'immagine è troppo grande: massimo ${megapixels} megapixel.`)
  }
}
