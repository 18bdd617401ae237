/** Bytes in one megabyte as the forms state sizes ("massimo 10 MB"). */
export const bytesPerMegabyte = 1024 * 1024

/** At most this many attachments on one practice, integrations included, so one citizen cannot fill the disk. */
export const maxAttachmentsPerPractice = 20

/** No attachment is ever larger than this, whatever a slot's `maxMb` says; uploads over it are refused unread. */
export const maxAttachmentBytes = 20 * bytesPerMegabyte

/** The largest request body an upload route reads: one file at the cap plus the multipart envelope and text fields. */
export const maxUploadBytes = maxAttachmentBytes + bytesPerMegabyte

/** Images with more pixels than this are refused before decoding: 40 MP covers any phone photo or A4 scan at 600 dpi. */
export const maxImagePixels = 40_000_000

/** A slot's size limit in bytes, never above the absolute cap. */
export function slotMaxBytes(maxMb: number): number {
  return Math.min(Math.round(maxMb * bytesPerMegabyte), maxAttachmentBytes)
}
