import type { PayloadRequest } from 'payload'

import { inTransaction } from '../../concurrency/inTransaction'
import { keyedSerialQueue } from '../../concurrency/serialQueue'
import type { Report } from '../../payload-types'
import { notifyReportChange } from '../notify'
import { assignReport } from './assign'
import { mergeReport, moveFollowers } from './merge'
import { moderateReport } from './moderate'
import { reassignReport } from './reassign'
import { reportForStaff } from './staff'
import { updateReport } from './status'
import type { ReportActionInput, ReportActionResult } from './write'

/** The named actions on a report, by the path they answer on: POST /api/reports/:id/<name>. */
export const reportActions = {
  assegna: assignReport,
  aggiorna: updateReport,
  'passa-ufficio': reassignReport,
  unisci: mergeReport,
  modera: moderateReport,
} satisfies Record<string, (input: ReportActionInput) => Promise<ReportActionResult>>

export type ReportActionName = keyof typeof reportActions

/** A double click or two tabs of one clerk run one after the other in this process (the version check covers the rest). */
const oneAtATime = keyedSerialQueue()

/**
 * Runs one action for the request's staff member: the change and its trail together, then — once
 * committed — the followers told of each public change (A's notifyReportChange never throws, so a
 * mail server that is down never undoes the change). A merge's followers move after being told of it.
 */
export function actOnReport(req: PayloadRequest, name: ReportActionName, id: string, body: Record<string, unknown>, now = new Date()): Promise<Report> {
  return oneAtATime(`report:${id}`, async () => {
    const { user, report } = await reportForStaff(req, id)
    const input = { req, user, report, body, now }
    const result: ReportActionResult & { survivor?: Report } = await inTransaction(req, () => reportActions[name](input))
    for (const change of result.changes) await notifyReportChange(req.payload, result.report.id, change)
    if (result.survivor) await inTransaction(req, () => moveFollowers(req, result.report, result.survivor!))
    return result.report
  })
}
