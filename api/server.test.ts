import { describe, expect, it } from 'vitest'

import { attemptStart } from './testing/refusedStart'

describe('the public server at start-up', () => {
  it('refuses a public address without the real services before touching the database, naming every missing setting', () => {
    const attempt = attemptStart('api/server.ts', { SPORTELLO_PUBLIC_URL: 'https://www.comune.brindisi.it' })
    expect(attempt.status).toBe(1)
    expect(attempt.stderr).toMatch(/^Sportello non parte: questa non è una dimostrazione/)
    for (const name of ['SPORTELLO_OIDC_ISSUER', 'SPORTELLO_OIDC_CLIENT_SECRET', 'SPORTELLO_SMTP_URL', 'SPORTELLO_PAGOPA_GPD_URL', 'SPORTELLO_PAGOPA_CHECKOUT_URL', 'SPORTELLO_PAGOPA_API_KEY', 'SPORTELLO_PAGOPA_RECEIPT_KEY']) {
      expect(attempt.stderr).toContain(`  ${name}: `)
    }
    expect(attempt.stderr).not.toContain('    at ')
    expect(attempt).toMatchObject({ databaseCreated: false, dataDirCreated: false })
  })

  it('refuses the old repository receipt key on a public address before touching the database', () => {
    const attempt = attemptStart('api/server.ts', {
      SPORTELLO_PUBLIC_URL: 'https://www.comune.brindisi.it', SPORTELLO_OIDC_ISSUER: 'https://spid-gateway.example.it', SPORTELLO_OIDC_CLIENT_SECRET: 'un-segreto-scelto-da-questa-installazione',
      SPORTELLO_SMTP_URL: 'smtps://posta.comune.brindisi.it', SPORTELLO_PAGOPA_GPD_URL: 'https://api.platform.pagopa.it/gpd', SPORTELLO_PAGOPA_CHECKOUT_URL: 'https://api.platform.pagopa.it/checkout',
      SPORTELLO_PAGOPA_API_KEY: 'una-chiave-gpd-di-questa-installazione', SPORTELLO_PAGOPA_RECEIPT_KEY: 'sportello-dev-ricevute-SOLO-PER-PROVE',
    })
    expect(attempt.status).toBe(1)
    expect(attempt.stderr).toContain('scritti nel repository')
    expect(attempt.stderr).toContain('\n  SPORTELLO_PAGOPA_RECEIPT_KEY\n')
    expect(attempt).toMatchObject({ databaseCreated: false, dataDirCreated: false })
  })
})
