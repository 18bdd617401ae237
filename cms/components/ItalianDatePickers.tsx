'use client'
import { useTranslation } from '@payloadcms/ui'
import type { ReactNode } from 'react'

/** Where react-datepicker keeps its locales and its default one (its registerLocale/setDefaultLocale write here). */
type LocaleScope = { __localeData__?: Record<string, unknown>; __localeId__?: string }

/**
 * Admin provider: every date picker writes months in Italian ("25 novembre 2026, 18:00"). Payload
 * registers the picker's locale in an effect, after the picker has already drawn its box in
 * English, and nothing redraws it; registering it here, while rendering and above every picker,
 * makes their first Italian render the right one.
 */
export function ItalianDatePickers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const scope = (typeof window === 'undefined' ? globalThis : window) as unknown as LocaleScope
  if (i18n.dateFNS && scope.__localeData__?.it !== i18n.dateFNS) {
    scope.__localeData__ = { ...scope.__localeData__, it: i18n.dateFNS }
    scope.__localeId__ = 'it'
  }
  return children
}
