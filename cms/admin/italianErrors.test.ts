import { it as italian } from '@payloadcms/translations/languages/it'
import type { AfterErrorHookArgs } from 'payload'
import { describe, expect, test } from 'vitest'

import { italianErrors } from './italianErrors'
import { italianTranslations } from './italianTranslations'

const strings = { ...italian.translations.error, ...italianTranslations.error } as Record<string, string>
const req = { t: (key: string) => strings[key.replace('error:', '')] ?? key } as unknown as AfterErrorHookArgs['req']
const answer = (message: string) => italianErrors({ req, context: {}, error: new Error(message), result: { errors: [{ message }] } })

describe('Payload\'s English error answers', () => {
  test('"An unknown error occurred." reaches the clerk in Italian', () => {
    expect(answer('An unknown error occurred.')).toEqual({ response: { errors: [{ message: italianTranslations.error.unknown }] } })
  })

  test('an error Payload threw without a translator is answered with its Italian sentence', () => {
    expect(answer('You are not allowed to perform this action.')).toEqual({ response: { errors: [{ message: 'Non sei autorizzato a eseguire questa azione.' }] } })
  })

  test('a message the project wrote in Italian passes unchanged', () => {
    expect(answer('Scrivi un messaggio al cittadino.')).toEqual({ response: { errors: [{ message: 'Scrivi un messaggio al cittadino.' }] } })
  })
})
