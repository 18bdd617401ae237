/** One icon of the installed app, drawn from the Comune's crest (site/public/favicon.svg). */
export type AppIcon = {
  /** File name under /icone/. */
  file: string
  size: number
  /** 'any': the crest on transparency; 'maskable': inside the safe circle on a full background; 'monochrome': a silhouette for the status bar. */
  purpose: 'any' | 'maskable' | 'monochrome'
  /** Share of the icon's height the crest takes. */
  scale: number
  /** Opaque background, for launchers that crop (maskable) or do not show transparency (iOS). */
  background?: string
}

/** The colours of the installed app: the site's primary blue and its white pages. */
export const appColours = { theme: '#0066cc', background: '#ffffff' } as const

/**
 * The icons Android and iOS ask for: 192 and 512 px for the launcher and the splash screen, a maskable one
 * (the crest within the central 80% circle Android may crop to), 180 px on white for iOS's home screen
 * (apple-touch-icon, which ignores the manifest), and a white silhouette for the notifications' badge.
 */
export const appIcons: AppIcon[] = [
  { file: 'icona-192.png', size: 192, purpose: 'any', scale: 0.9 },
  { file: 'icona-512.png', size: 512, purpose: 'any', scale: 0.9 },
  { file: 'icona-mascherabile-512.png', size: 512, purpose: 'maskable', scale: 0.6, background: appColours.background },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'any', scale: 0.75, background: appColours.background },
  { file: 'badge-96.png', size: 96, purpose: 'monochrome', scale: 0.9 },
]

/** Where an icon is served. */
export const appIconPath = (icon: Pick<AppIcon, 'file'>): string => `/icone/${icon.file}`

/** The icon iOS puts on the home screen (linked from every page's head). */
export const appleTouchIcon = appIcons.find((icon) => icon.file === 'apple-touch-icon.png')!
