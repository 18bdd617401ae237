import type { Practice, Service } from '../payload-types'
import { dueAtOf, suspensionsOf, type TermUnit } from './deadline'

type TermFields = Pick<Practice, 'termDays' | 'termUnit' | 'dueAt'>
type Suspendable = Pick<Practice, 'submittedAt' | 'termDays' | 'termUnit' | 'suspendedSince' | 'suspensions'>

/** The legal term an application takes from its service at submission, and its due date; none when the service sets no term. */
export function termAtSubmission(service: Pick<Service, 'maxDays' | 'termUnit'> | null | undefined, submittedAt: string): TermFields {
  const termDays = service?.maxDays && service.maxDays > 0 ? service.maxDays : null
  if (!termDays) return { termDays: null, termUnit: null, dueAt: null }
  const termUnit: TermUnit = service?.termUnit === 'lavorativi' ? 'lavorativi' : 'calendario'
  return { termDays, termUnit, dueAt: dueAtOf({ submittedAt, termDays, termUnit }) }
}

/**
 * Stops the clock while the office waits for the citizen's documents. The due date is kept as it
 * stood (lists still sort by it; the sidebar and the list say "Sospesa"); it moves when the clock
 * restarts, by the days it stood still.
 */
export function suspendTerm(practice: Pick<Practice, 'suspendedSince'>, now: Date): Pick<Practice, 'suspendedSince'> {
  return { suspendedSince: practice.suspendedSince ?? now.toISOString() }
}

/** Restarts the clock (the citizen answered, or the office decided meanwhile): the suspension is closed and the due date moves. */
export function resumeTerm(practice: Suspendable, now: Date): Partial<Pick<Practice, 'suspendedSince' | 'suspensions' | 'dueAt'>> {
  if (!practice.suspendedSince) return {}
  const suspensions = [...suspensionsOf(practice.suspensions), { from: practice.suspendedSince, to: now.toISOString() }]
  const dueAt = practice.submittedAt ? dueAtOf({ submittedAt: practice.submittedAt, termDays: practice.termDays, termUnit: practice.termUnit, suspensions }) : null
  return { suspendedSince: null, suspensions, dueAt }
}
