import sharp from 'sharp'

import type { AppIcon } from './appIcons'

/**
 * The crest (an SVG) drawn as a square PNG icon: centred, scaled to the icon's share of its height, on its
 * background or on transparency. A monochrome icon paints every shape white: Android uses only its alpha.
 */
export async function crestToPng(svg: string, icon: AppIcon): Promise<Buffer> {
  const source = icon.purpose === 'monochrome' ? svg.replaceAll(/fill="[^"]*"/g, 'fill="#fff"') : svg
  const crestHeight = Math.round(icon.size * icon.scale)
  // Rasterised large (600 dpi: the 72-unit crest becomes 600 px) and scaled down, never blown up blurred.
  const crest = await sharp(Buffer.from(source), { density: 600 }).resize({ height: crestHeight }).png().toBuffer()
  const { width = crestHeight } = await sharp(crest).metadata()
  const background = icon.background ?? { r: 0, g: 0, b: 0, alpha: 0 }
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background } })
    .composite([{ input: crest, left: Math.round((icon.size - width) / 2), top: Math.round((icon.size - crestHeight) / 2) }])
    .png({ compressionLevel: 9 })
    .toBuffer()
}
