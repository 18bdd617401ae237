import { describe, expect, it } from 'vitest'

import { htmlToReadingMinutes } from './htmlToReadingMinutes'
import { htmlToText } from './htmlToText'

describe('rich text as plain text', () => {
  it('drops tags, decodes entities and collapses whitespace', () => {
    expect(htmlToText('<p>Uno &amp; <strong>due</strong></p>\n<p>tre</p>')).toBe('Uno & due tre')
  })

  it('counts at least one minute of reading, then one per 200 words', () => {
    expect(htmlToReadingMinutes('<p>breve</p>')).toBe(1)
    expect(htmlToReadingMinutes(`<p>${'parola '.repeat(600)}</p>`)).toBe(3)
  })
})
