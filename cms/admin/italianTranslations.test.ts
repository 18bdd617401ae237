import { en } from '@payloadcms/translations/languages/en'
import { it } from '@payloadcms/translations/languages/it'
import { describe, expect, test } from 'vitest'

import { italianTranslations } from './italianTranslations'

const payloadStrings = (language: typeof it, group: string) => language.translations[group as keyof typeof language.translations] as Record<string, string>
const entries = Object.entries(italianTranslations).flatMap(([group, strings]) => Object.entries(strings).map(([key, text]) => ({ group, key, text: text as string })))
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\w+\}\}|<\/?\d>/g)].map((m) => m[0]))].sort()

describe('the Italian of the admin', () => {
  test.each(entries)('$group:$key replaces a string Payload has, with no placeholder Payload does not fill', ({ group, key, text }) => {
    expect(payloadStrings(it, group)).toHaveProperty(key)
    expect(placeholders(payloadStrings(en, group)[key]!)).toEqual(expect.arrayContaining(placeholders(text)))
  })

  test('sentences about a document keep its title and count', () => {
    for (const { text } of entries.filter(({ key }) => /^(aboutTo(?!.*Count)|titleDeleted|titleRestored|titleTrashed)/.test(key))) expect(text).toContain('{{title}}')
    for (const { text } of entries.filter(({ key }) => /Count/.test(key))) expect(text).toContain('{{count}}')
  })

  test('no sentence makes a participle agree with a label, which may be feminine ("Notizia creato")', () => {
    const merged = entries.filter(({ text }) => text.includes('{{label}}'))
    for (const { text } of merged) expect(text).not.toMatch(/\{\{label\}\}"? \w+(at|it|ut)[oa]\b/)
    expect(italianTranslations.general.successfullyCreated).toBe('Salvataggio riuscito ({{label}}).')
  })

  test('nothing a clerk reads stays in English', () => {
    const english = /\b(Dashboard|Log ?out|Login|Preset|Layout|Locale)\b/
    const shown = { ...it.translations.general, ...italianTranslations.general, ...it.translations.authentication, ...italianTranslations.authentication }
    for (const key of ['dashboard', 'logOut', 'logout', 'login', 'layout', 'backToDashboard']) expect(shown[key as keyof typeof shown]).not.toMatch(english)
  })
})
