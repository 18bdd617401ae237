import type { ServiceForm } from '../../../cms/forms/serviceForm'
import type { Practice, PracticeAttachment, PracticeEvent, Service } from '../../../cms/payload-types'
import { statusToLabel } from '../../../cms/practices/workflow'
import { feeReasonOf, feeTotalCents } from '../serviceFees'
import type { AttachmentView, FeeView, PracticeSummary, PracticeView, ServiceFormView, TimelineEntry } from '../../contract/practices'

/** A file for the citizen to download: its name, type and bytes. */
export type Download = { filename: string; mime: string; bytes: Uint8Array }

/** A service and its form as the form page reads them. */
export function serviceFormToView(service: Service, form: ServiceForm): ServiceFormView {
  const office = typeof service.office === 'object' ? service.office : null
  const total = feeTotalCents(service.fee)
  const fee = total ? { amountCents: total, stampDutyCents: service.fee?.stampDutyCents || null, reason: feeReasonOf(service) } : null
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

/** The whole application for its owner, with the form it is read through (null when none can be read). */
export function practiceToView(practice: Practice, form: ServiceForm | null, attachments: PracticeAttachment[], history: PracticeEvent[], fee: FeeView | null = null): PracticeView {
  const office = typeof practice.office === 'object' ? practice.office : null
  return {
    ...practiceToSummary(practice),
    version: practice.version,
    data: (practice.data ?? {}) as PracticeView['data'],
    form,
    attachments: attachments.map(attachmentToView),
    office: { title: office?.title ?? '' },
    timeline: history.map(eventToTimelineEntry),
    openRequest: practice.status === 'in-attesa-cittadino' && practice.openRequest ? { message: practice.openRequest, at: practice.openRequestAt ?? practice.updatedAt } : null,
    hasReceipt: practice.status !== 'bozza' && Boolean(practice.protocolNumber),
    fee,
    privacyAcceptedAt: practice.privacyAcceptedAt ?? null,
    resumeStep: practice.status === 'bozza' ? (practice.resumeStep ?? null) : null,
  }
}
