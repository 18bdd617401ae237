import type { FormData, ServiceForm } from '../../../cms/forms/serviceForm'
import type { Practice, PracticeAttachment, PracticeEvent, Service } from '../../../cms/payload-types'
import { statusToLabel } from '../../../cms/practices/workflow'

/** A service fee as the application shows it: what to pay and whether it is paid. */
export type FeeView = { amountCents: number; reason: string; positionId: number | null; status: string | null; paid: boolean }
/** A service's online form as the public form page reads it, with the office and the fee to pay. */
export type ServiceFormView = {
  service: { id: number; slug: string; title: string; office: { title: string } }
  form: ServiceForm
  fee: { amountCents: number; reason: string } | null
}

/** One line of an application's list in "Le mie pratiche". */
export type PracticeSummary = {
  id: number; service: { slug: string; title: string }; status: string; statusLabel: string
  protocolNumber: string | null; submittedAt: string | null; updatedAt: string
}
/** An attachment as the citizen sees it. */
export type AttachmentView = { id: string; slot: string; filename: string; mime: string; size: number; sha256: string; uploadedAt: string }
/** A file for the citizen to download: its name, type and bytes. */
export type Download = { filename: string; mime: string; bytes: Uint8Array }
/** One step of the application's history the citizen may see. */
export type TimelineEntry = { at: string; kind: string; label: string; message?: string }
/** An application as the citizen sees it. */
export type PracticeView = PracticeSummary & {
  version: number; data: FormData; attachments: AttachmentView[]; office: { title: string }
  timeline: TimelineEntry[]; openRequest: { message: string; at: string } | null; hasReceipt: boolean
  /** The service's fee (diritti) and whether it is paid; null when the service has none. */
  fee: FeeView | null
}

/** A service and its form as the form page reads them. */
export function serviceFormToView(service: Service, form: ServiceForm): ServiceFormView {
  const office = typeof service.office === 'object' ? service.office : null
  const fee = service.fee?.amountCents ? { amountCents: service.fee.amountCents, reason: service.fee.reason ?? service.title } : null
  return { service: { id: service.id, slug: service.slug!, title: service.title, office: { title: office?.title ?? '' } }, form, fee }
}

const serviceOf = (practice: Practice) => (typeof practice.service === 'object' ? practice.service : null)

/** The list line of an application. */
export function practiceToSummary(practice: Practice): PracticeSummary {
  const service = serviceOf(practice)
  return {
    id: practice.id,
    service: { slug: service?.slug ?? '', title: service?.title ?? practice.title },
    status: practice.status,
    statusLabel: statusToLabel(practice.status),
    protocolNumber: practice.protocolNumber ?? null,
    submittedAt: practice.submittedAt ?? null,
    updatedAt: practice.updatedAt,
  }
}

/** An attachment without where it is stored. */
export const attachmentToView = (a: PracticeAttachment): AttachmentView => ({
  id: String(a.id), slot: a.slot, filename: a.filename, mime: a.mime, size: a.size, sha256: a.sha256, uploadedAt: a.createdAt,
})

const eventLabels: Record<string, string> = {
  creata: 'Bozza creata', presentata: 'Domanda presentata', messaggio: 'Messaggio dall’ufficio',
  'richiesta-integrazioni': 'L’ufficio chiede integrazioni', integrazioni: 'Integrazioni inviate',
}

/** A history entry in the citizen's words. */
export function eventToTimelineEntry(event: PracticeEvent): TimelineEntry {
  const label = event.kind === 'stato' && event.toStatus ? `Stato: ${statusToLabel(event.toStatus)}` : (eventLabels[event.kind] ?? event.kind)
  return { at: event.createdAt, kind: event.kind, label, ...(event.message ? { message: event.message } : {}) }
}

/** The whole application for its owner. */
export function practiceToView(practice: Practice, attachments: PracticeAttachment[], history: PracticeEvent[], fee: FeeView | null = null): PracticeView {
  const office = typeof practice.office === 'object' ? practice.office : null
  return {
    ...practiceToSummary(practice),
    version: practice.version,
    data: (practice.data ?? {}) as FormData,
    attachments: attachments.map(attachmentToView),
    office: { title: office?.title ?? '' },
    timeline: history.map(eventToTimelineEntry),
    openRequest: practice.status === 'in-attesa-cittadino' && practice.openRequest ? { message: practice.openRequest, at: practice.openRequestAt ?? practice.updatedAt } : null,
    hasReceipt: practice.status !== 'bozza' && Boolean(practice.protocolNumber),
    fee,
  }
}
