// Keys, secrets and passwords whose value is written somewhere in this repository: demo defaults of
// the past, test fixtures, the browser tests' accounts. Anyone can read them, so outside the demo the
// configuration refuses every one of them (api/config.ts). When a test or script gains a literal
// secret, add it here; the demo itself generates its keys per data folder (api/standins/planStart.ts).

/** Every secret value that appears in the repository (or its history). */
export const repositorySecrets: readonly string[] = [
  // scripts/start.ts and scripts/test-idp.ts before the demo generated its keys.
  'sportello-dev-secret-SOLO-PER-PROVE',
  'sportello-dev-gpd-SOLO-PER-PROVE',
  'sportello-dev-ricevute-SOLO-PER-PROVE',
  // api/testing/portalWithLogin.ts, api/testing/portalWithPayments.ts, api/pagopa/client.test.ts.
  'segreto-del-client-di-prova-per-i-test',
  'chiave-gpd-di-prova',
  'chiave-ricevute-di-prova-1234',
  'chiave-sbagliata',
  'chiave-sbagliata-0000000000',
  // cms/publishing/previewLink.test.ts (before it generated its secret).
  'segreto-di-prova-lungo-almeno-trentadue-caratteri',
  // playwright.config.ts (the e2e administrator), e2e specs and integration tests (staff accounts).
  'e2e-password-molto-lunga',
  'redazione-password-lunga',
  'operatrice-password-lunga',
  'operatore-password-lunga',
  'Password-di-prova-1',
  'password-lunga-123',
]

const known = new Set(repositorySecrets)

/** True when the value (spaces around it aside) is one of the repository's secrets. */
export function isRepositorySecret(value: string): boolean {
  return known.has(value.trim())
}
