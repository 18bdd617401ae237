// The citizen API's practice shapes (see the istanze contract); the form definition is the CMS's own type.
import type { FormData, ServiceForm } from '../../../cms/forms/serviceForm'

export type { AttachmentSlot, FormData as Answers, FormField, FormStep, ServiceForm } from '../../../cms/forms/serviceForm'

/** An uploaded document of a practice. */
export type Attachment = { id: string; slot: string; filename: string; mime: string; size: number; sha256: string; uploadedAt: string }

/** One event in a practice's history, as the citizen sees it. */
export type TimelineEntry = { at: string; kind: string; label: string; message?: string }

/** A practice in the citizen's list. */
export type PracticeSummary = {
  id: number; service: { slug: string; title: string }; status: string; statusLabel: string
  protocolNumber: string | null; submittedAt: string | null; updatedAt: string
}

/** A practice with its answers, attachments and history. */
export type Practice = PracticeSummary & {
  version: number; data: FormData; attachments: Attachment[]; office: { title: string }
  timeline: TimelineEntry[]; openRequest: { message: string; at: string } | null; hasReceipt: boolean
  /** The service's fee (diritti), to be paid with pagoPA before submitting; null when there is none. */
  fee?: PracticeFee | null
}

/** A practice's fee and its pagoPA position. */
export type PracticeFee = { amountCents: number; reason: string; positionId: number | null; status: string | null; paid: boolean }

/** GET /api/servizi/{slug}/modulo. */
export type ServiceModule = {
  service: { id: number | string; slug: string; title: string; office: { title: string } | null }
  form: ServiceForm
  fee: { amountCents: number; reason: string } | null
}

/** A message of the municipality to the citizen. */
export type CitizenMessage = { id: number | string; at: string; subject: string; body: string; practiceId: number | null; read: boolean }
