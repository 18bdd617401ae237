import type { Endpoint, PayloadRequest } from 'payload'

import { inTransaction } from '../../concurrency/inTransaction'
import { keyedSerialQueue } from '../../concurrency/serialQueue'
import { namedActionEndpoint } from '../../endpoints/namedAction'
import type { Practice } from '../../payload-types'
import { assign, takeCharge } from './assign'
import type { ActionInput } from './change'
import { accept, askForDocuments, close, reject } from './decide'
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
 * The actions on one application run one after the other in this process: a double click reads the
 * application after the first click's change, not beside it. (SQLite gives Payload no transactions;
 * on PostgreSQL the status-guarded update in change.ts also holds across processes.)
 */
const oneAtATime = keyedSerialQueue()

/**
 * Runs one action for the request's staff member, at `now`, in one transaction: the change, its
 * history and the citizen's message exist together or not at all. Tests pass their own `now`.
 */
export function actOnPractice(req: PayloadRequest, name: PracticeActionName, id: string, body: Record<string, unknown>, now = new Date()): Promise<Practice> {
  return oneAtATime(`practice:${id}`, () => act(req, name, id, body, now))
}

async function act(req: PayloadRequest, name: PracticeActionName, id: string, body: Record<string, unknown>, now: Date): Promise<Practice> {
  const { user, practice } = await practiceForStaff(req, id)
  return inTransaction(req, () => practiceActions[name]({ req, user, practice, body, now }))
}

/** Each action as a collection endpoint; one that needs no data may come with no body at all. */
export const practiceActionEndpoints: Endpoint[] = (Object.keys(practiceActions) as PracticeActionName[]).map((name) =>
  namedActionEndpoint(name, (req, id, body) => actOnPractice(req, name, id, body), { allowEmptyBody: true }))
