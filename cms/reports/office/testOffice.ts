import type { Payload } from 'payload'

import { startPayloadWithMailbox, type PayloadWithMailbox } from '../../appointments/testSetup'
import type { Report } from '../../payload-types'
import { restAs, staffMember } from '../../testing/backOffice'
import { seedReportBasics, type ReportBasics } from '../testFixtures'

/** A staff member of the back office's tests: the Local API's user and the admin's token. */
export type Staff = Awaited<ReturnType<typeof staffMember>>

/** The back office's test world: the reports' basics, two clerks of Lavori pubblici, one of the URP, an admin. */
export type OfficeWorld = PayloadWithMailbox & { basics: ReportBasics; clerk: Staff; colleague: Staff; urpClerk: Staff; admin: Staff }

/** Starts a test Payload with a mailbox and the back office's people. */
export async function startOfficeWorld(): Promise<OfficeWorld> {
  const env = await startPayloadWithMailbox()
  const basics = await seedReportBasics(env.payload)
  const works = basics.offices.works as number
  return {
    ...env, basics,
    clerk: await staffMember(env.payload, 'Operatrice Lavori', ['operator'], [works]),
    colleague: await staffMember(env.payload, 'Collega Lavori', ['operator'], [works]),
    urpClerk: await staffMember(env.payload, 'Operatore URP', ['operator'], [basics.offices.urp as number]),
    admin: await staffMember(env.payload, 'Amministratrice', ['admin']),
  }
}

/** POST /api/reports/:id/<name> as a staff member, with the version the report was read at. */
export const actAs = (world: OfficeWorld, who: Staff, report: Report, name: string, body: Record<string, unknown>) =>
  restAs(world.t, who.token, 'POST', `/reports/${report.id}/${name}`, { version: report.version, ...body })

/** The Italian message of a refusal. */
export const errorOf = async (res: Response) => ((await res.json()) as { errors?: { message?: string }[] }).errors?.[0]?.message

/** A report as stored. */
export const readReport = (payload: Payload, id: number) => payload.findByID({ collection: 'reports', id, depth: 0, overrideAccess: true })

/** A report's trail, oldest first. */
export const trailOf = async (payload: Payload, id: number) =>
  (await payload.find({ collection: 'report-events', where: { report: { equals: id } }, sort: 'createdAt', depth: 0, pagination: false })).docs

/** Someone follows the report (confirmed unless said otherwise). */
export const follow = (payload: Payload, report: Report, email: string, confirmed = true) =>
  payload.create({ collection: 'report-followers', data: { report: report.id, office: report.office as number, email, confirmedAt: confirmed ? new Date().toISOString() : null } })
