// Sending a practice: POST .../invio with the draft's version and an Idempotency-Key. The key is made
// once per attempt and kept while the outcome is unknown (network error, server error), so pressing
// "Invia" again can never file the application twice; an answer from the server ends the attempt.
import { api, call, type ApiResult } from '../../../islands/kit/api'
import { dateTimeToItalian } from '../../../islands/kit/format'
import type { Practice } from '../../../islands/practice/types'

let pendingKey: string | null = null

/** Submits; the key of an unfinished attempt is reused. */
export async function submitPractice(id: number, version: number, privacyAccepted: boolean): Promise<ApiResult<Practice>> {
  pendingKey ??= newKey()
  const result = await call(api.POST('/api/me/pratiche/{id}/invio', { params: { path: { id }, header: { 'idempotency-key': pendingKey } }, body: { version, privacyAccepted } }))
  if (result.status !== 0 && result.status < 500) pendingKey = null
  return result
}

/** Fills the receipt box ("Domanda inviata") with the protocol number, the date and the links. */
export function showReceipt(box: HTMLElement, practice: Practice): void {
  const part = <T extends HTMLElement>(name: string) => box.querySelector<T>(`[data-receipt="${name}"]`)!
  part('protocol').textContent = practice.protocolNumber ?? '–'
  part('date').textContent = practice.submittedAt ? dateTimeToItalian(new Date(practice.submittedAt)) : '–'
  part<HTMLAnchorElement>('pdf').href = `/api/me/pratiche/${practice.id}/ricevuta.pdf`
  part<HTMLAnchorElement>('detail').href = `/area-personale/pratica/?id=${practice.id}`
  box.hidden = false
  box.querySelector<HTMLElement>('h2')?.focus()
}

/** A random UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
