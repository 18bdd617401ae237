// A client of the IO Services API (pagopa/io-functions-services): first the citizen's profile (does
// the citizen use IO, and allow the Comune's service?), then the message. Every answer is a value.
import type { IoMessage } from '../channels/channel'
import { retryAfterToMs } from '../channels/retryAfter'
import { ioMessageToNewMessage } from './newMessage'

/** Where the IO Services API is (…/api/v1) and the key of the Comune's service on it. */
export type IoSettings = { url: string; apiKey: string }

/** A request IO did not take: its HTTP status (null: no answer), and when to try again if IO said. */
export type IoFailure = { kind: 'failure'; status: number | null; retryAfterMs?: number }

/** getProfileByPOST: whether the Comune may write to the citizen. */
export type IoProfileAnswer = { kind: 'profile'; senderAllowed: boolean } | { kind: 'not-found' } | IoFailure

/** submitMessageforUserWithFiscalCodeInBody: the new message's id. */
export type IoSubmitAnswer = { kind: 'created'; id: string } | { kind: 'not-found' } | { kind: 'forbidden' } | IoFailure

const timeoutMs = 10_000

/** The client over one service's key. */
export function createIoClient({ url, apiKey }: IoSettings, fetchFn: typeof fetch = fetch) {
  async function post(path: string, body: unknown): Promise<Response | null> {
    return fetchFn(`${url}${path}`, {
      method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs), redirect: 'error',
      headers: { 'content-type': 'application/json', 'ocp-apim-subscription-key': apiKey },
    }).catch(() => null)
  }
  async function failure(response: Response | null): Promise<IoFailure> {
    await response?.body?.cancel()
    return { kind: 'failure', status: response?.status ?? null, retryAfterMs: retryAfterToMs(response?.headers.get('retry-after') ?? null) }
  }
  return {
    /** The citizen's IO profile, as far as the service may see it. */
    async getProfile(fiscalCode: string): Promise<IoProfileAnswer> {
      const response = await post('/profiles', { fiscal_code: fiscalCode })
      if (response?.status === 200) {
        const profile: unknown = await response.json().catch(() => null)
        const allowed = typeof profile === 'object' && profile !== null && 'sender_allowed' in profile ? profile.sender_allowed === true : false
        return { kind: 'profile', senderAllowed: allowed }
      }
      if (response?.status === 404) return { kind: 'not-found' }
      return failure(response)
    },
    /** Sends one message (with its pagoPA notice, if any) to the citizen. */
    async submitMessage(fiscalCode: string, message: IoMessage): Promise<IoSubmitAnswer> {
      const response = await post('/messages', ioMessageToNewMessage(fiscalCode, message))
      if (response?.status === 201) {
        const created: unknown = await response.json().catch(() => null)
        const id = typeof created === 'object' && created !== null && 'id' in created && typeof created.id === 'string' ? created.id : ''
        return { kind: 'created', id }
      }
      if (response?.status === 404) return { kind: 'not-found' }
      if (response?.status === 403) return { kind: 'forbidden' }
      return failure(response)
    },
  }
}

/** The IO client. */
export type IoClient = ReturnType<typeof createIoClient>
