import sprites from 'bootstrap-italia/dist/svg/sprites.svg?raw'

/** The icon names the site uses: only these reach the HTML, never the whole sprite sheet. */
export type IconName =
  | 'it-arrow-left' | 'it-arrow-right' | 'it-burger' | 'it-calendar' | 'it-chevron-left' | 'it-chevron-right' | 'it-clip'
  | 'it-clock' | 'it-close-big' | 'it-download' | 'it-external-link' | 'it-facebook' | 'it-file' | 'it-hearing'
  | 'it-help-circle' | 'it-info-circle' | 'it-instagram' | 'it-mail' | 'it-map-marker' | 'it-pa' | 'it-rss'
  | 'it-search' | 'it-star-full' | 'it-telegram' | 'it-telephone' | 'it-twitter' | 'it-user' | 'it-warning-circle'
  | 'it-whatsapp' | 'it-youtube' | 'it-check-circle' | 'it-settings' | 'it-folder' | 'it-locked' | 'it-upload'
  | 'it-linkedin' | 'it-print' | 'it-share'

const cache = new Map<string, { viewBox: string; body: string }>()

/** The viewBox and inner markup of one bootstrap-italia icon, read from the sprite sheet at build time. */
export function iconToSvgBody(name: IconName): { viewBox: string; body: string } {
  const cached = cache.get(name)
  if (cached) return cached
  const match = new RegExp(`<symbol id="${name}" viewBox="([^"]+)">([\\s\\S]*?)</symbol>`).exec(sprites)
  if (!match) throw new Error(`Icona ${name} non trovata in bootstrap-italia`)
  const icon = { viewBox: match[1]!, body: match[2]! }
  cache.set(name, icon)
  return icon
}
