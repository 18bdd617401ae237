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
 * Submits a draft: validated against the same form definition as the page, then registered —
 * protocol number, history, the citizen's message and, last, the status. On PostgreSQL all of it
 * is one transaction. Where the database gives none (Payload's SQLite adapter), the order makes a
 * crash harmless: the register entry is written first and the status last, so a process killed
 * in between leaves a registered draft that the next attempt completes with the same number.
 * Idempotent: a retried or doubled submission registers the application once (the register's
 * unique `practice` decides between two that race) and answers with the same result.
 */
export async function submitPractice(store: PracticeStore, citizenId: number, id: number, version: number, idempotencyKey: string): Promise<{ view: PracticeView; created: boolean }> {
  const practice = await findMyPractice(store, citizenId, id)
  if (practice.status !== 'bozza') return { view: await viewOf(store, practice), created: false }
  // Registered, then interrupted: finish what was accepted, without asking again.
  if (!(await store.findRegistration(id))) {
    if (practice.version !== version) throw new ApiError('conflict', 'La bozza è stata modificata in un’altra scheda o su un altro dispositivo: ricarica la pagina e controlla i dati prima di inviare.')
    const form = await formOfPractice(store, practice)
    const checked = validateFormData(form, practice.data, await store.listAttachments(id), { final: true })
    if (checked.errors.length) throw new ApiError('validation', 'La domanda non è completa: correggi i campi indicati.', checked.errors)
    await requirePaidFee(store, practice)
    practice.data = checked.data
  }

  for (let attempt = 1; ; attempt++) {
    try {
      const submitted = await store.inTransaction((req) => register(store, practice, idempotencyKey, req))
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

/**
 * Completes the submissions a crash cut between the register entry and the status (SQLite has no
 * transaction here): run at start-up, so an accepted application never waits for the citizen to
 * press "Invia" again. Returns how many were completed.
 */
export async function completeInterruptedSubmissions(store: PracticeStore): Promise<number> {
  const pending = await store.registeredDrafts()
  for (const practice of pending) await store.inTransaction((req) => register(store, practice, 'ripresa-automatica', req))
  return pending.length
}

type Req = Parameters<PracticeStore['register']>[1]

/** Each step is skipped when already done, so a registration cut short is completed, never repeated. */
async function register(store: PracticeStore, practice: Practice, idempotencyKey: string, req: Req): Promise<Practice> {
  const registration = (await store.findRegistration(practice.id, req)) ?? (await newRegistration(store, practice, idempotencyKey, req))
  const { protocolNumber } = registration
  if (!(await store.hasHistory(practice.id, 'presentata', req))) {
    await recordPracticeEvent({ practice, kind: 'presentata', req, actorType: 'cittadino', toStatus: 'presentata', message: `Protocollo n. ${protocolNumber}`, visibleToCitizen: true })
  }
  if (!(await store.hasMessages(practice.id, req))) {
    // The confirmation email goes out after the commit (api/routes/practices.ts).
    await notifyCitizen(req, practice, { kind: 'practice-submitted', data: { practiceId: practice.id, title: practice.title, protocolNumber } }, { email: false })
  }
  return store.update(practice.id, { status: 'presentata', protocolNumber, submittedAt: registration.registeredAt, data: practice.data, version: practice.version + 1 }, req)
}

async function newRegistration(store: PracticeStore, practice: Practice, idempotencyKey: string, req: Req) {
  const now = new Date()
  const year = Number(now.toLocaleString('en-CA', { timeZone: 'Europe/Rome', year: 'numeric' }))
  const sequence = await store.nextProtocolSequence(year, req)
  return store.register({ protocolNumber: protocolNumberOf(year, sequence), year, sequence, registeredAt: now.toISOString(), practice: practice.id, idempotencyKey, subject: practice.title }, req)
}
