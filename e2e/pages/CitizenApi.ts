import { expect, type Page } from '@playwright/test'

type Answer = string | number | boolean
type Reply<T> = { status: number; body: T }
/** An application as the citizen's API returns it (the fields these tests read). */
export type ApplicationView = { id: number; version: number; status: string; protocolNumber: string | null; data: Record<string, Answer>; attachments: { id: string; slot: string; filename: string; sha256: string }[] }

/**
 * The citizen's practice API driven from their logged-in page — the same endpoints, cookies and
 * origin the desk's islands use (api/routes/practices.ts) — to fill long forms without clicking.
 */
export class CitizenApi {
  constructor(readonly page: Page) {}

  private call<T>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    return this.page.evaluate(async ({ method, path, body }) => {
      const res = await fetch(path, { method, headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) })
      return { status: res.status, body: await res.json().catch(() => null) }
    }, { method, path, body })
  }

  private async ok<T>(method: string, path: string, body?: unknown): Promise<T> {
    const reply = await this.call<T>(method, path, body)
    expect(reply.status, `${method} ${path}: ${JSON.stringify(reply.body)}`).toBeLessThan(300)
    return reply.body
  }

  /** A new draft of a service, pre-filled from the citizen's identity. */
  start(slug: string): Promise<ApplicationView> {
    return this.ok('POST', '/api/me/pratiche', { service: slug })
  }

  save(draft: ApplicationView, data: Record<string, Answer>): Promise<ApplicationView> {
    return this.ok('PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data })
  }

  /** Attaches a file to a slot; returns the stored attachment (photos are re-encoded, so their fingerprint is the server's). */
  attach(id: number, slot: string, file: { name: string; mime: string; bytes: Uint8Array }): Promise<{ id: string; filename: string; sha256: string }> {
    return this.page.evaluate(async ({ id, slot, name, mime, base64 }) => {
      const form = new FormData()
      form.set('slot', slot)
      form.set('file', new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: mime }))
      const res = await fetch(`/api/me/pratiche/${id}/allegati`, { method: 'POST', body: form, headers: { accept: 'application/json' } })
      if (res.status !== 201) throw new Error(`allegato ${slot}: ${res.status} ${await res.text()}`)
      return res.json()
    }, { id, slot, name: file.name, mime: file.mime, base64: Buffer.from(file.bytes).toString('base64') })
  }

  /** Pays the application's fee at the pagoPA stand-in and comes back to the portal. */
  async payFee(id: number): Promise<void> {
    const fee = await this.ok<{ positionId: number; amountCents: number }>('POST', `/api/me/pratiche/${id}/diritti`, {})
    const { redirectUrl } = await this.ok<{ redirectUrl: string }>('POST', `/api/me/pagamenti/${fee.positionId}/paga`, {})
    const back = this.page.url()
    await this.page.goto(redirectUrl)
    await this.page.getByRole('button', { name: /^Paga / }).click()
    await expect(this.page.getByRole('heading', { name: 'Pagamento riuscito' })).toBeVisible()
    await this.page.goto(back)
  }

  /** Submits; while pagoPA's receipt is still on its way the fee refusal is retried. */
  async submit(draft: ApplicationView): Promise<ApplicationView> {
    let reply: Reply<ApplicationView> | undefined
    await expect.poll(async () => (reply = await this.call<ApplicationView>('POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true })).status, { timeout: 20_000 }).toBeLessThan(300)
    return reply!.body
  }
}
