import type { DefaultTranslationKeys } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import type { AfterErrorHook } from 'payload'

// Payload writes some error answers in English whatever the language: its fallbacks for an error
// with no message, and its own errors thrown without a translator. Each English sentence maps back
// to the key it came from, so the clerk reads the same sentence in Italian.
const keysByEnglish = new Map<string, DefaultTranslationKeys>([
  ['An unknown error occurred.', 'error:unknown'],
  ['Something went wrong.', 'error:unknown'],
  ...Object.entries(en.translations.error).map(([key, text]): [string, DefaultTranslationKeys] => [text, `error:${key}` as DefaultTranslationKeys]),
])

/** Config-level afterError hook: English messages of Payload's own errors become their Italian translation. */
export const italianErrors: AfterErrorHook = ({ req, result }) => {
  if (!result?.errors?.length) return
  const errors = result.errors.map((error) => {
    const key = error.message ? keysByEnglish.get(error.message) : undefined
    return key ? { ...error, message: req.t(key) } : error
  })
  return { response: { ...result, errors } }
}
