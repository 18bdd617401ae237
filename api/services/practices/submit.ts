import type { Practice } from '../../../cms/payload-types'
import { notifyCitizen } from '../../../cms/practices/notifyCitizen'
import { recordPracticeEvent } from '../../../cms/practices/recordPracticeEvent'
import type { PracticeStore } from '../../data/practices'
import { ApiError } from '../../errors'
import { validateFormData } from '../forms/validateFormData'
import { findMyPractice, formOfPractice, viewOf } from './drafts'
import { requirePaidFee } from './fee'
import type { PracticeView } from './views'

/** The year's protocol number, e.g. 2026/000042. */
export const protocolNumberOf = (year: number, sequence: number) => `${year}/${String(sequence).padStart(6, '0')}`

/**
 * Submits a draft: validated against the same form definition as the page, then registered in
 * one transaction — protocol number, status, history and the citizen's message, or nothing.
 * Idempotent: a retried or doubled submission of the same application registers it once (the
 * register's unique `practice` decides between two that race) and answers with the same result.
 */
export async function submitPractice(store: PracticeStore, citizenId: number, id: number, version: number, idempotencyKey: string): Promise<{ view: PracticeView; created: boolean }> {
  const practice = await findMyPractice(store, citizenId, id)
  if (practice.status !== 'bozza') return { view: await viewOf(store, practice), created: false }
  if (practice.version !== version) throw new ApiError('conflict', 'La bozza è stata modificata in un’altra scheda o su un altro dispositivo: ricarica la pagina e controlla i dati prima di inviare.')
  const form = await formOfPractice(store, practice)
  const attachments = await store.listAttachments(id)
  const checked = validateFormData(form, practice.data, attachments, { final: true })
  if (checked.errors.length) throw new ApiError('validation', 'La domanda non è completa: correggi i campi indicati.', checked.errors)
  await requirePaidFee(store, practice)

  for (let attempt = 1; ; attempt++) {
    try {
      const submitted = await store.inTransaction((req) => register(store, practice, checked.data, idempotencyKey, req))
      return { view: await viewOf(store, submitted), created: true }
    } catch (error) {
      // Whoever lost the race finds the application already registered: the same answer, no duplicate.
      const now = await store.find(id)
      if (now && now.status !== 'bozza') return { view: await viewOf(store, now), created: false }
      // Two different applications drew the same number of the year: draw again.
      if (attempt >= 5) throw error
    }
  }
}

async function register(store: PracticeStore, practice: Practice, data: Practice['data'], idempotencyKey: string, req: Parameters<PracticeStore['register']>[1]): Promise<Practice> {
  const now = new Date()
  const year = Number(now.toLocaleString('en-CA', { timeZone: 'Europe/Rome', year: 'numeric' }))
  const sequence = await store.nextProtocolSequence(year, req)
  const protocolNumber = protocolNumberOf(year, sequence)
  await store.register({ protocolNumber, year, sequence, registeredAt: now.toISOString(), practice: practice.id, idempotencyKey, subject: practice.title }, req)
  const submitted = await store.update(practice.id, { status: 'presentata', protocolNumber, submittedAt: now.toISOString(), data, version: practice.version + 1 }, req)
  await recordPracticeEvent({ practice: submitted, kind: 'presentata', req, actorType: 'cittadino', toStatus: 'presentata', message: `Protocollo n. ${protocolNumber}`, visibleToCitizen: true })
  await notifyCitizen(req, submitted, {
    subject: `Domanda presentata: ${practice.title} (protocollo ${protocolNumber})`,
    body: `Abbiamo ricevuto la tua domanda «${practice.title}». Numero di protocollo: ${protocolNumber}. La ricevuta in PDF è nella tua area personale. Ti scriveremo a ogni cambio di stato.`,
    // The confirmation email goes out after the commit (api/routes/practices.ts).
    email: false,
  })
  return submitted
}
