import type { UiStrings } from '../i18n'

/** One step of a breadcrumb trail; the last one is the current page and needs no link. */
export type Crumb = { label: string; href?: string }

/** A first-level section of the municipal model, with the data-element the AgID checker looks for. */
export type Section = { key: keyof UiStrings['sections']; href: string; dataElement: string; owns: string[] }

/** The four first-level sections, in the model's order; `owns` lists the URL prefixes that belong to each. */
export const sections: Section[] = [
  { key: 'administration', href: '/amministrazione/', dataElement: 'management', owns: ['/amministrazione/', '/uffici/', '/documenti/'] },
  { key: 'news', href: '/novita/', dataElement: 'news', owns: ['/novita/', '/notizie/'] },
  { key: 'services', href: '/servizi/', dataElement: 'all-services', owns: ['/servizi/'] },
  { key: 'living', href: '/vivere-il-comune/', dataElement: 'live', owns: ['/vivere-il-comune/', '/eventi/', '/luoghi/'] },
]

/** Whether a URL path lies inside a section, so the menu can mark it as current. */
export function pathInSection(path: string, section: Section): boolean {
  return section.owns.some((prefix) => path.startsWith(prefix))
}

/** Fixed service pages linked from every page (footer, "Contatta il comune"). */
export const servicePaths = {
  faq: '/faq/',
  help: '/assistenza/',
  booking: '/prenotazione-appuntamento/',
  report: '/servizi/segnalazione-disservizio/',
  privacy: '/privacy/',
  legal: '/note-legali/',
  cookie: '/cookie/',
  media: '/media-policy/',
  accessibility: '/dichiarazione-di-accessibilita/',
  improvementPlan: '/piano-di-miglioramento/',
  siteMap: '/mappa-del-sito/',
  personalArea: '/area-personale/',
  search: '/cerca/',
}

/** Pages every page links to: when the CMS has not published one yet, the site shows a short placeholder instead of a broken link. */
export const requiredPagePaths = ['faq', 'assistenza', 'privacy', 'note-legali', 'cookie', 'media-policy', 'dichiarazione-di-accessibilita', 'piano-di-miglioramento'] as const

/** URL segment of each news kind's list under /novita/. */
export const newsKindSlugs: Record<string, string> = { notizia: 'notizie', comunicato: 'comunicati', avviso: 'avvisi' }

/** CMS pages whose path has a route of its own in site/pages/: their entry only gives the intro text. */
export const pagesWithOwnRoute = ['amministrazione', 'amministrazione/uffici', 'novita', 'servizi', 'vivere-il-comune', 'prenotazione-appuntamento']
