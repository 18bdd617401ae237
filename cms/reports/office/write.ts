import type { PayloadRequest } from 'payload'

import type { Report, ReportEvent, User } from '../../payload-types'
import { relationId } from '../../relationId'
import type { ReportChange } from '../contract'
import { ReportActionError, staffName } from './staff'

/** What an office action is given: the request (its transaction), who acts, the report as read, the JSON body, the time. */
export type ReportActionInput = { req: PayloadRequest; user: User; report: Report; body: Record<string, unknown>; now: Date }

/** What an action did: the report after it, and the public changes to tell its followers once committed. */
export type ReportActionResult = { report: Report; changes: ReportChange[] }

/** A trail entry, as an action describes it. */
export type TrailEntry = Pick<ReportEvent, 'kind'> & Partial<Pick<ReportEvent, 'status' | 'public' | 'text' | 'otherReport' | 'otherOffice'>>

/**
 * The version the clerk's page was drawn from: required, so two clerks never overwrite each other
 * (the second one's page is stale and is told so).
 */
export function expectedVersion(report: Report, body: Record<string, unknown>): number {
  const version = body.version
  if (typeof version !== 'number' || !Number.isInteger(version)) throw new ReportActionError('Richiesta non valida: manca la versione della segnalazione letta (ricarica la pagina).')
  if (version !== report.version) throw staleError()
  return version
}

const staleError = () => new ReportActionError('Un altro operatore ha appena cambiato questa segnalazione: ricarica la pagina e controlla prima di agire.', 409)

/**
 * Writes a report's change only if it is still at the version read (the guarded update holds on
 * PostgreSQL across processes too), bumping the version the public ETags and the next action read.
 */
export async function writeReport(input: ReportActionInput, data: Partial<Report>): Promise<Report> {
  const { req, report } = input
  const { docs } = await req.payload.update({
    collection: 'reports', where: { and: [{ id: { equals: report.id } }, { version: { equals: report.version } }] },
    data: { ...data, version: report.version + 1 }, depth: 0, overrideAccess: true, req,
  })
  if (!docs[0]) throw staleError()
  return docs[0]
}

/** Appends entries to the report's trail ("Storico delle segnalazioni"), by the acting staff member. */
export async function recordTrail(input: Pick<ReportActionInput, 'req' | 'user'>, report: Report, entries: TrailEntry[]): Promise<void> {
  const { req, user } = input
  for (const entry of entries) {
    await req.payload.create({
      collection: 'report-events',
      data: { report: report.id, office: relationId(report.office)!, actor: user.id, actorLabel: staffName(user), public: false, ...entry },
      depth: 0, overrideAccess: true, req,
    })
  }
}
