import type { TestPayload } from '../../cms/testing/testPayload'
import { startPagopaStandIn, type RunningPagopaStandIn } from '../standins/pagopa/server'
import { startPortalWithLogin, type PortalWithLogin } from './portalWithLogin'

/** The in-process portal with login, wired to a running pagoPA stand-in that delivers receipts into it. */
export type PortalWithPayments = PortalWithLogin & { pagopa: RunningPagopaStandIn; receiptKey: string }

const apiKey = 'chiave-gpd-di-prova'
const receiptKey = 'chiave-ricevute-di-prova-1234'

/** Starts the stand-in first (the portal needs its URL), then the portal; receipts reach the app in process. `env` adds settings. */
export async function startPortalWithPayments(t: TestPayload, env: Record<string, string> = {}): Promise<PortalWithPayments> {
  let portal: PortalWithLogin | undefined
  const pagopa = await startPagopaStandIn({
    port: 0, apiKey,
    creditor: { receiptUrl: 'http://localhost:3000/api/pagopa/ricevute', receiptKey },
    fetchFn: async (url, init) => portal!.app.request(new URL(String(url)).pathname, init as RequestInit),
  })
  portal = await startPortalWithLogin(t, {
    SPORTELLO_PAGOPA_GPD_URL: `${pagopa.url}/gpd/debt-positions-service/v1`, SPORTELLO_PAGOPA_CHECKOUT_URL: `${pagopa.url}/checkout/ec/v1`,
    SPORTELLO_PAGOPA_API_KEY: apiKey, SPORTELLO_PAGOPA_RECEIPT_KEY: receiptKey, ...env,
  })
  const close = portal.close
  return { ...portal, pagopa, receiptKey, close: async () => void (await Promise.all([close(), pagopa.close()])) }
}
