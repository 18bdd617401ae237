import { formFromService, serviceFormSchema, ServiceFormError, type ServiceForm } from '../forms/serviceForm'
import type { Practice } from '../payload-types'

/** The form kept with a submitted application, or null when there is none (a draft, or one submitted before snapshots were kept). */
export function snapshotOfPractice(practice: Pick<Practice, 'status' | 'formSnapshot'>): ServiceForm | null {
  if (practice.status === 'bozza' || !practice.formSnapshot) return null
  const parsed = serviceFormSchema.safeParse(practice.formSnapshot)
  return parsed.success ? parsed.data : null
}

/**
 * The form an application is read through: the one the citizen submitted it with, so later edits
 * of the service's form change nothing of what was declared; the service's current form for a
 * draft (and for old applications without a snapshot); null when neither can be read.
 */
export function formOfSubmission(practice: Pick<Practice, 'status' | 'formSnapshot'>, service: { form?: unknown } | null): ServiceForm | null {
  const snapshot = snapshotOfPractice(practice)
  if (snapshot) return snapshot
  try {
    return service ? formFromService(service) : null
  } catch (error) {
    if (error instanceof ServiceFormError) return null
    throw error
  }
}
