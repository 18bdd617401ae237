// "Richiedi assistenza": a short form without login (a logged-in citizen finds name and email filled
// in) that reaches the URP's queue; the receipt shows the request's code.
import { randomUUID } from 'node:crypto'

import { assistanceTopics, type AssistanceTopic } from '../../../cms/reports/vocabulary'
import type { Id } from '../../../cms/reports/contract'
import { citizenView, emailPattern, messages, type ReportFlowDeps } from './flow'
import { refusalOf } from './ports'
import type { AssistancePageView, AssistanceState, FieldErrors } from './view'

export const assistancePath = '/richiedi-assistenza/'
export const messageMax = 2000

export const assistanceMessages = {
  nome: messages.nome,
  email: 'Scrivi il tuo indirizzo email: la risposta arriverà lì.',
  emailInvalid: messages.emailInvalid,
  argomento: 'Scegli l’argomento della richiesta.',
  messaggio: 'Scrivi la tua richiesta.',
  messaggioLungo: `La richiesta può essere lunga al massimo ${messageMax} caratteri.`,
  servizio: 'Scegli un servizio dell’elenco, oppure nessuno.',
  requestKey: messages.requestKey,
}

const fields = ['nome', 'email', 'argomento', 'messaggio', 'servizio'] as const
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Only the form's own fields, trimmed and cut to size. */
export function readAssistanceState(input: Record<string, unknown>): AssistanceState {
  const state: AssistanceState = {}
  for (const field of fields) {
    const value = input[field]
    if (typeof value === 'string' && value.trim() !== '') state[field] = value.trim().slice(0, field === 'messaggio' ? messageMax + 1 : 200)
  }
  return state
}

export type AssistanceOutcome = { status: 200 | 400 | 422; view: AssistancePageView }

/** The form, empty or with the problems of what was sent. */
export async function assistanceForm(deps: ReportFlowDeps, input: { state: AssistanceState; errors?: FieldErrors; citizenId: Id | null; status?: 200 | 400 | 422 }): Promise<AssistanceOutcome> {
  const [citizen, services] = await Promise.all([citizenView(deps.store, input.citizenId), deps.store.services()])
  return {
    status: input.status ?? 200,
    view: { kind: 'modulo', state: input.state, errors: input.errors ?? {}, citizen, services, topics: assistanceTopics.map((t) => ({ value: t.value, label: t.label })), requestKey: randomUUID() },
  }
}

/** The problems of the form; a logged-in citizen's name and email come from SPID/CIE. */
export function checkAssistance(state: AssistanceState, services: string[], guest: boolean): FieldErrors {
  const errors: FieldErrors = {}
  if (guest && !state.nome) errors.nome = assistanceMessages.nome
  if (guest && !state.email) errors.email = assistanceMessages.email
  else if (guest && !emailPattern.test(state.email!)) errors.email = assistanceMessages.emailInvalid
  if (!assistanceTopics.some((t) => t.value === state.argomento)) errors.argomento = assistanceMessages.argomento
  if (!state.messaggio) errors.messaggio = assistanceMessages.messaggio
  else if (state.messaggio.length > messageMax) errors.messaggio = assistanceMessages.messaggioLungo
  if (state.servizio && !services.includes(state.servizio)) errors.servizio = assistanceMessages.servizio
  return errors
}

/** Sends the request to the URP's queue; the receipt, or the form again with the problems. */
export async function sendAssistance(deps: ReportFlowDeps, input: { state: AssistanceState; requestKey: string; citizenId: Id | null }): Promise<AssistanceOutcome> {
  const { state, citizenId } = input
  const [citizen, services] = await Promise.all([citizenView(deps.store, citizenId), deps.store.services()])
  const errors = checkAssistance(state, services.map((s) => s.slug), !citizen)
  if (!uuidPattern.test(input.requestKey)) errors.requestKey = assistanceMessages.requestKey
  if (Object.keys(errors).length > 0) return assistanceForm(deps, { state, errors, citizenId, status: 400 })
  const name = citizen?.name ?? state.nome!
  const email = citizen?.email ?? state.email ?? ''
  if (!email) return assistanceForm(deps, { state, errors: { email: assistanceMessages.email }, citizenId, status: 400 })
  try {
    const { code } = await deps.store.createAssistance({
      name, email, topic: state.argomento as AssistanceTopic, message: state.messaggio!, serviceSlug: state.servizio ?? null, citizenId, requestKey: input.requestKey.toLowerCase(),
    })
    return { status: 200, view: { kind: 'ricevuta', code, email } }
  } catch (error) {
    const refusal = refusalOf(error)
    if (!refusal) throw error
    const field = ({ name: 'nome', email: 'email', topic: 'argomento', message: 'messaggio', serviceSlug: 'servizio' } as Record<string, string>)[refusal.field ?? ''] ?? 'invio'
    return assistanceForm(deps, { state, errors: { [field]: refusal.message }, citizenId, status: 422 })
  }
}
