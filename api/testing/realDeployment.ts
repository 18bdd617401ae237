import { randomBytes } from 'node:crypto'

/** A key nobody else knows. */
export const freshKey = () => randomBytes(24).toString('base64url')

/** Every real service of a deployment (outside the demo), with keys nobody else knows. */
export const realServices = () => ({
  SPORTELLO_OIDC_ISSUER: 'https://spid-gateway.example.it', SPORTELLO_OIDC_CLIENT_SECRET: freshKey(),
  SPORTELLO_SMTP_URL: 'smtps://posta.comune.brindisi.it:465',
  SPORTELLO_PAGOPA_GPD_URL: 'https://api.platform.pagopa.it/gpd/debt-positions-service/v1', SPORTELLO_PAGOPA_CHECKOUT_URL: 'https://api.platform.pagopa.it/checkout/ec/v1',
  SPORTELLO_PAGOPA_API_KEY: freshKey(), SPORTELLO_PAGOPA_RECEIPT_KEY: freshKey(),
})
