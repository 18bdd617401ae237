import type { APIRoute } from 'astro'

import { stringsFor } from '../i18n'
import { appColours, appIconPath, appIcons } from '../lib/appIcons'
import { getSettings } from '../lib/content'
import { servicePaths } from '../lib/navigation'

/**
 * The web app manifest: what Android and desktop browsers need to offer "Installa" (name, icons, start URL,
 * standalone display), in Italian, in the Comune's colours. Every address is of this origin (manifest-src 'self').
 */
export const GET: APIRoute = async () => {
  const settings = await getSettings()
  const t = stringsFor().app
  const manifest = {
    id: '/',
    name: settings.name,
    short_name: settings.name.replace(/^Comune di /, ''),
    description: t.description,
    lang: 'it',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: appColours.theme,
    background_color: appColours.background,
    categories: ['government'],
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...appIcons.map((icon) => ({ src: appIconPath(icon), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
    ],
    shortcuts: [
      { name: t.shortcutServices, url: '/servizi/' },
      { name: t.shortcutPersonalArea, url: servicePaths.personalArea },
    ],
  }
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } })
}
