import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import type { Practice } from '../../payload-types'
import { PracticeActionError } from './actionError'
import { assign, takeCharge } from './assign'
import type { ActionInput } from './change'
import { accept, askForDocuments, close, reject } from './decide'
import { oneAtATime } from './oneAtATime'
import { practiceForStaff } from './practiceForStaff'
import { addNote, writeToCitizen } from './write'

/** The named actions, by the path they answer on: POST /api/practices/:id/<name>. */
export const practiceActions = {
  'prendi-in-carico': takeCharge,
  assegna: assign,
  'chiedi-integrazioni': askForDocuments,
  accogli: accept,
  respingi: reject,
  chiudi: close,
  scrivi: writeToCitizen,
  nota: addNote,
} satisfies Record<string, (input: ActionInput) => Promise<Practice>>

export type PracticeActionName = keyof typeof practiceActions

/**
 * Runs one action for the request's staff member, at `now`, in one transaction: the change, its
 * history and the citizen's message exist together or not at all. Tests pass their own `now`.
 */
export function actOnPractice(req: PayloadRequest, name: PracticeActionName, id: string, body: Record<string, unknown>, now = new Date()): Promise<Practice> {
  return oneAtATime(`practice:${id}`, () => act(req, name, id, body, now))
}

async function act(req: PayloadRequest, name: PracticeActionName, id: string, body: Record<string, unknown>, now: Date): Promise<Practice> {
  const { user, practice } = await practiceForStaff(req, id)
  const started = await initTransaction(req)
  try {
    const doc = await practiceActions[name]({ req, user, practice, body, now })
    if (started) await commitTransaction(req)
    return doc
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/** The body of an action: a JSON object, or nothing at all (an action that needs no data). */
async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  const text = await req.text?.().catch(() => '')
  if (!text?.trim()) return {}
  try {
    const body: unknown = JSON.parse(text)
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** Each action as a collection endpoint; refusals answer in Payload's error shape, in Italian. */
export const practiceActionEndpoints: Endpoint[] = Object.keys(practiceActions).map((name) => ({
  path: `/:id/${name}`,
  method: 'post',
  handler: async (req) => {
    const body = await bodyOf(req)
    if (!body) return refuse(400, 'Richiesta non valida: serve un oggetto JSON.')
    try {
      const doc = await actOnPractice(req, name as PracticeActionName, String(req.routeParams?.id ?? ''), body)
      return Response.json({ doc }, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      if (error instanceof PracticeActionError) return refuse(error.status, error.message)
      throw error
    }
  },
}))
