import { createHash } from 'node:crypto'
import { crc32, deflateSync } from 'node:zlib'

import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { AttachmentRejectedError } from './AttachmentRejectedError'
import { inspectAttachment, type AttachmentRules } from './inspectAttachment'

const anyType: AttachmentRules = { types: ['pdf', 'jpeg', 'png'], maxBytes: 10 * 1024 * 1024 }
const ascii = (text: string) => new TextEncoder().encode(text)

async function pdf(options: { useObjectStreams?: boolean } = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  document.addPage([595, 842]).drawText('Carta d’identità')
  return document.save(options)
}

// A phone photo: sideways (EXIF orientation 6), with the camera and the GPS position in its EXIF.
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Make: 'Fotofonino' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 38/1 0/1' } })
    .toBuffer()
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

// A decompression bomb: 20000 × 20000 pixels (400 MP) of black in about 50 kB.
function pngBomb(): Buffer {
  const side = 20_000
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header.set([1, 0, 0, 0, 0], 8) // 1 bit per pixel, greyscale
  const rows = deflateSync(Buffer.alloc((1 + side / 8) * side), { level: 9 })
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', rows), pngChunk('IEND', new Uint8Array())])
}

async function rejection(promise: Promise<unknown>): Promise<AttachmentRejectedError> {
  const error = await promise.then(() => null, (reason: unknown) => reason)
  expect(error).toBeInstanceOf(AttachmentRejectedError)
  return error as AttachmentRejectedError
}

describe('inspectAttachment', () => {
  it('keeps a PDF byte for byte, whatever kind of cross-reference it uses', async () => {
    for (const bytes of [await pdf(), await pdf({ useObjectStreams: false })]) {
      const result = await inspectAttachment(bytes, 'C:\\Documenti\\carta identità.PDF', anyType)
      expect(result).toMatchObject({ mime: 'application/pdf', extension: 'pdf', filename: 'carta identità.pdf', size: bytes.length })
      expect(result.bytes).toEqual(bytes)
      expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    }
  })

  it('stores a photo upright and without its EXIF, GPS position included', async () => {
    const photo = await phonePhoto()
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    const result = await inspectAttachment(photo, 'IMG_0001.JPEG', anyType)
    expect(result).toMatchObject({ mime: 'image/jpeg', extension: 'jpg', filename: 'IMG_0001.jpg', size: result.bytes.length })
    expect(result.sha256).toBe(createHash('sha256').update(result.bytes).digest('hex'))
    const stored = await sharp(result.bytes).metadata()
    expect(stored).toMatchObject({ format: 'jpeg', width: 48, height: 64 })
    expect(stored.exif).toBeUndefined()
    expect(stored.orientation).toBeUndefined()
  })

  it('accepts a PNG and names it after its content, not its name', async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 4, background: '#00f8' } }).png().toBuffer()
    const result = await inspectAttachment(png, 'piantina.pdf', anyType)
    expect(result).toMatchObject({ mime: 'image/png', extension: 'png', filename: 'piantina.png' })
    expect(await sharp(result.bytes).metadata()).toMatchObject({ format: 'png', width: 20, height: 10 })
  })

  it.each([
    ['a Windows program renamed to .pdf', 'x.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(200).fill(0)])],
    ['a web page named as a photo', 'foto.jpg', ascii('<html><script>fetch("/api/me/pratiche")</script></html>')],
    ['an SVG image', 'logo.svg', ascii('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')],
    ['a ZIP archive', 'documenti.pdf', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, ...new Array(100).fill(0x41)])],
  ])('refuses %s as a type not allowed', async (_, name, bytes) => {
    const error = await rejection(inspectAttachment(bytes, name, anyType))
    expect(error.code).toBe('type_not_allowed')
    expect(error.message).toBe('Il file non è di un tipo ammesso (ammessi: PDF, JPEG, PNG).')
  })

  it('refuses a type that is fine elsewhere but not in this slot', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer()
    const error = await rejection(inspectAttachment(png, 'modulo.png', { types: ['pdf'], maxBytes: 1024 * 1024 }))
    expect(error).toMatchObject({ code: 'type_not_allowed', message: 'Il file non è di un tipo ammesso (ammessi: PDF).' })
  })

  it('refuses a file over the slot’s size before looking inside it', async () => {
    const error = await rejection(inspectAttachment(new Uint8Array(10 * 1024 * 1024 + 1), 'scansione.pdf', anyType))
    expect(error).toMatchObject({ code: 'too_large', message: 'Il file supera la dimensione massima di 10 MB.' })
  })

  it('holds to the absolute cap when a slot asks for more', async () => {
    const error = await rejection(inspectAttachment(new Uint8Array(20 * 1024 * 1024 + 1), 'x.pdf', { types: ['pdf'], maxBytes: 50 * 1024 * 1024 }))
    expect(error).toMatchObject({ code: 'too_large', message: 'Il file supera la dimensione massima di 20 MB.' })
  })

  it('refuses an image bomb from its header, quickly', async () => {
    const bomb = pngBomb()
    expect(bomb.length).toBeLessThan(100_000)
    const started = performance.now()
    const error = await rejection(inspectAttachment(bomb, 'bomba.png', anyType))
    expect(error).toMatchObject({ code: 'image_too_large', message: "L'immagine è troppo grande: massimo 40 megapixel." })
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it.each([
    ['cut short', async () => { const whole = await pdf(); return whole.subarray(0, Math.floor(whole.length / 2)) }],
    ['with a header and an end but nothing real between', async () => ascii('%PDF-1.7\n' + 'x'.repeat(500) + '\n%%EOF\n')],
    ['pointing its cross-reference at nothing', async () => ascii('%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n3\n%%EOF\n')],
  ])('refuses a damaged PDF (%s)', async (_, make) => {
    const error = await rejection(inspectAttachment(await make(), 'domanda.pdf', anyType))
    expect(error).toMatchObject({ code: 'unreadable', message: 'Il file è danneggiato o non leggibile.' })
  })

  it('refuses a photo whose data is cut short', async () => {
    const photo = await phonePhoto()
    const error = await rejection(inspectAttachment(photo.subarray(0, photo.length - 300), 'foto.jpg', anyType))
    expect(error.code).toBe('unreadable')
  })

  it('refuses an empty file', async () => {
    const error = await rejection(inspectAttachment(new Uint8Array(), 'vuoto.pdf', anyType))
    expect(error).toMatchObject({ code: 'unreadable', message: 'Il file è vuoto.' })
  })
})
