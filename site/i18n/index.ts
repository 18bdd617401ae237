import { en } from './en'
import { it, type UiStrings } from './it'

export type { UiStrings }

/** The UI strings for a page's locale (Astro.currentLocale); Italian unless the page is under /en/. */
export function stringsFor(locale: string | undefined): UiStrings {
  return locale === 'en' ? en : it
}
