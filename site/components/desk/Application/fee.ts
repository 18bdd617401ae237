// The fee (diritti) of an application: the API refuses the submission (402) until it is paid, so the
// summary says what to pay and "Paga con pagoPA" raises the position (POST .../diritti), starts the
// checkout (POST /api/me/pagamenti/{id}/paga) and sends the citizen to pagoPA, who comes back here.
import { api, call } from '../../../islands/kit/api'
import { centsToEuro, fill } from '../../../islands/kit/format'
import type { PracticeFee } from '../../../islands/practice/types'
import { strings } from './strings'

/** Shows the fee box (`box` holds a [data-fee-text] paragraph and a [data-fee-pay] button). */
export function showFee(box: HTMLElement, fee: PracticeFee | null): void {
  box.hidden = !fee
  if (!fee) return
  const values = { amount: centsToEuro(fee.amountCents), reason: fee.reason }
  box.querySelector('[data-fee-text]')!.textContent = fill(fee.paid ? strings.feePaid : strings.feeToPay, values)
  // The marca da bollo is a line of its own, in the same pagoPA notice as the fees.
  const lines = box.querySelector<HTMLElement>('[data-fee-lines]')!
  lines.hidden = !fee.stampDutyCents
  if (fee.stampDutyCents) {
    const line = (label: string, cents: number) => Object.assign(document.createElement('li'), { textContent: `${label}: ${centsToEuro(cents)}` })
    const duties = fee.amountCents - fee.stampDutyCents
    lines.replaceChildren(...(duties > 0 ? [line(strings.feeDuties, duties)] : []), line(strings.feeStampDuty, fee.stampDutyCents))
  }
  box.querySelector<HTMLElement>('[data-fee-pay]')!.hidden = fee.paid
}

/** Starts paying the fee of draft `id`; `beforeLeaving` saves the draft first. Resolves with an error message on failure. */
export async function payFee(id: number, button: HTMLButtonElement, beforeLeaving: () => Promise<boolean>): Promise<string | null> {
  const label = button.textContent
  button.disabled = true
  button.textContent = strings.feePaying
  const done = (message: string | null) => {
    button.disabled = false
    button.textContent = label
    return message
  }
  if (!(await beforeLeaving())) return done(null)
  const fee = await call(api.POST('/api/me/pratiche/{id}/diritti', { params: { path: { id } }, body: {} }))
  if (!fee.ok) return done(fee.message ?? strings.feeError)
  if (!fee.body.positionId) return done(strings.feeError)
  const checkout = await call(api.POST('/api/me/pagamenti/{id}/paga', { params: { path: { id: fee.body.positionId } }, body: {} }))
  if (!checkout.ok) return done(checkout.message ?? strings.feeError)
  location.assign(checkout.body.redirectUrl)
  return null
}
