import sharp from 'sharp'

/** Degrees as EXIF's rational degrees, minutes, seconds ("40/1 38/1 1500/100"). */
const dms = (value: number) => {
  const degrees = Math.floor(value)
  const minutes = Math.floor((value - degrees) * 60)
  const seconds = Math.round(((value - degrees) * 60 - minutes) * 60 * 100)
  return `${degrees}/1 ${minutes}/1 ${seconds}/100`
}

/** A small JPEG, as a phone makes it: camera make, an author, and the GPS point where it was taken. For tests. */
export async function jpegWithGps(latitude: number, longitude: number, { width = 640, height = 480 } = {}): Promise<Uint8Array> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: '#c04020' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Fotocamera di prova', Artist: 'Maria Rossi' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: dms(latitude), GPSLongitudeRef: 'E', GPSLongitude: dms(longitude) } })
    .toBuffer()
  return new Uint8Array(bytes)
}

/** A PNG without any metadata. For tests. */
export const plainPng = async (width = 3000, height = 1500): Promise<Uint8Array> =>
  new Uint8Array(await sharp({ create: { width, height, channels: 3, background: '#2060c0' } }).png().toBuffer())
