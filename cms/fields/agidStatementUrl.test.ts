import { describe, expect, it } from 'vitest'

import { agidStatementMessage, isAgidStatementUrl, validateAgidStatementUrl } from './agidStatementUrl'

describe('isAgidStatementUrl', () => {
  it('accepts the view page of one statement on AgID’s form site', () => {
    expect(isAgidStatementUrl('https://form.agid.gov.it/view/0a1b2c3d-4e5f-6789-abcd-ef0123456789')).toBe(true)
  })

  it('refuses the form site’s home, another host and a page with a query', () => {
    expect(isAgidStatementUrl('https://form.agid.gov.it/')).toBe(false)
    expect(isAgidStatementUrl('https://form.agid.gov.it.example.com/view/abc')).toBe(false)
    expect(isAgidStatementUrl('https://form.agid.gov.it/view/abc?x=1')).toBe(false)
  })
})

describe('validateAgidStatementUrl', () => {
  const validate = (value: string | null | undefined) => validateAgidStatementUrl(value, {} as never)

  it('lets the field stay empty', () => {
    expect(validate('')).toBe(true)
    expect(validate(undefined)).toBe(true)
  })

  it('answers with an Italian message that shows the expected address', () => {
    expect(validate('https://www.comune.brindisi.it/accessibilita')).toBe(agidStatementMessage)
  })
})
