import type { Payload, TypedUser } from 'payload'

import type { FormData } from '../forms/serviceForm'
import type { Office, Practice, PracticeEvent, Service } from '../payload-types'
import { readApplication, type ReadableApplication } from './answers'
import { formOfSubmission } from './submittedForm'

/** An application as the office reads it: the record, what was declared, readable, and its history. */
export type PracticeReading = {
  practice: Practice
  service: Service | null
  office: Office | null
  /** Null when the application has no form to be read through (an old one whose service's form is gone). */
  application: ReadableApplication | null
  events: PracticeEvent[]
}

/**
 * Reads an application with the user's own rights — never more: an operator of another office, or
 * anyone on a draft, gets null, exactly as the REST API would answer them. The attachments and the
 * history are read the same way, so nothing the user may not see reaches the page or the dossier.
 */
export async function readPracticeAs(payload: Payload, user: TypedUser, id: number | string): Promise<PracticeReading | null> {
  const asUser = { overrideAccess: false, user, depth: 0 } as const
  const practice = await payload.findByID({ collection: 'practices', id, ...asUser, depth: 1, disableErrors: true })
  if (!practice) return null
  const service = typeof practice.service === 'object' ? practice.service : null
  const office = typeof practice.office === 'object' ? practice.office : null
  const [attachments, events] = await Promise.all([
    payload.find({ collection: 'practice-attachments', where: { practice: { equals: practice.id } }, sort: 'id', pagination: false, ...asUser }),
    payload.find({ collection: 'practice-events', where: { practice: { equals: practice.id } }, sort: 'id', pagination: false, ...asUser }),
  ])
  const form = formOfSubmission(practice, service)
  const application = form ? await readApplication(form, (practice.data ?? {}) as FormData, attachments.docs) : null
  return { practice, service, office, application, events: events.docs }
}
