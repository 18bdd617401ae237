import { describe, expect, it } from 'vitest'

import { attemptStart } from '../api/testing/refusedStart'

describe('npm start', () => {
  it('refuses a public address without the real services before touching the database, naming every missing setting', () => {
    const attempt = attemptStart('scripts/start.ts', { SPORTELLO_PUBLIC_URL: 'https://www.comune.brindisi.it' })
    expect(attempt.status).toBe(1)
    expect(attempt.stderr).toMatch(/^Sportello non parte: questa non è una dimostrazione/)
    for (const name of ['SPORTELLO_OIDC_ISSUER', 'SPORTELLO_OIDC_CLIENT_SECRET', 'SPORTELLO_SMTP_URL', 'SPORTELLO_PAGOPA_GPD_URL', 'SPORTELLO_PAGOPA_CHECKOUT_URL', 'SPORTELLO_PAGOPA_API_KEY', 'SPORTELLO_PAGOPA_RECEIPT_KEY']) {
      expect(attempt.stderr).toContain(`  ${name}: `)
    }
    expect(attempt).toMatchObject({ databaseCreated: false, dataDirCreated: false })
  })
})
