import { it, type UiStrings } from './it'

export type { UiStrings }

/**
 * The UI strings of a page. The public site is in Italian only: the interface is not translated, so no language
 * switch is offered (`_locale` is Astro.currentLocale, kept so pages need not change if a translation ever comes).
 */
export function stringsFor(_locale?: string): UiStrings {
  return it
}
