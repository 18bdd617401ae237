import type { Applicant } from './applicants'

/** The part of an application's JSON view the benchmarks read. */
export type PracticeReply = { id: number; version: number; status: string; protocolNumber: string | null }

/** Raised when the portal answers a benchmark call with an unexpected status. */
export class UnexpectedReplyError extends Error {
  override name = 'UnexpectedReplyError'
}

/** The citizen's application API over real HTTP, as the browser calls it (same-origin header, session cookie). */
export function practiceClient(origin: string) {
  const call = (who: Applicant, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${origin}${path}`, {
      method,
      headers: { cookie: who.cookie, origin, ...(body instanceof FormData || body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body instanceof FormData || body === undefined ? body : JSON.stringify(body),
    })
  const expect = async (res: Response, status: number, what: string): Promise<PracticeReply> => {
    if (res.status !== status) throw new UnexpectedReplyError(`${what}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`)
    return (await res.json()) as PracticeReply
  }
  const submit = (who: Applicant, id: number, version: number, idempotencyKey: string) =>
    call(who, 'POST', `/api/me/pratiche/${id}/invio`, { version, privacyAccepted: true }, { 'idempotency-key': idempotencyKey })
  return {
    /** Opens a draft of the service's application. */
    startDraft: async (who: Applicant, serviceSlug: string) => expect(await call(who, 'POST', '/api/me/pratiche', { service: serviceSlug }), 201, 'bozza'),
    /** Uploads a PDF to the draft's identity-document slot (multipart). */
    attachPdf: async (who: Applicant, id: number, pdf: Uint8Array) => {
      const form = new FormData()
      form.set('slot', 'identity')
      form.set('file', new File([Buffer.from(pdf)], 'documento.pdf', { type: 'application/pdf' }))
      await expect(await call(who, 'POST', `/api/me/pratiche/${id}/allegati`, form), 201, 'allegato')
    },
    /** Saves the applicant's answers on top of `version`. */
    save: async (who: Applicant, id: number, version: number) => expect(await call(who, 'PUT', `/api/me/pratiche/${id}`, { version, data: who.answers }), 200, 'salvataggio'),
    /** Submits the draft; the raw response, since callers decide what counts as acknowledged. */
    submit,
    /** Submits and insists on 200 with a protocol number. */
    submitOk: async (who: Applicant, id: number, version: number, idempotencyKey: string): Promise<PracticeReply> => {
      const reply = await expect(await submit(who, id, version, idempotencyKey), 200, 'invio')
      if (reply.status === 'bozza' || !reply.protocolNumber) throw new UnexpectedReplyError(`invio: risposta 200 senza numero di protocollo (${JSON.stringify(reply)})`)
      return reply
    },
  }
}

/** What practiceClient returns. */
export type PracticeClient = ReturnType<typeof practiceClient>
