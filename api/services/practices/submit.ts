import type { Practice, PracticeAttachment, ProtocolRegister } from '../../../cms/payload-types'
import { romeDayOf } from '../../../cms/practices/deadline'
import { termAtSubmission } from '../../../cms/practices/term'
import type { FeeView, PracticeView } from '../../contract/practices'
import type { Transaction } from '../../data/transactions'
import { ApiError } from '../../errors'
import { validateFormData } from '../forms/validateFormData'
import { requirePaidFee } from './fee'
import { findMyPractice, formOfPractice, readFormOfPractice, serviceOfPractice, withRelationsOf, type PracticeStores } from './lookups'
import { viewOf } from './practiceView'

/** The name under which a missing privacy acceptance is reported, as the form page names its checkbox. */
export const PRIVACY_FIELD = 'informativaPrivacy'

/** The year's protocol number, e.g. 2026/000042. */
export const protocolNumberOf = (year: number, sequence: number) => `${year}/${String(sequence).padStart(6, '0')}`

/**
 * Submits a draft: validated against the same form definition as the page, then registered —
 * protocol number, history, the citizen's message and, last, the status. Two units of work: the
 * register entry alone (on PostgreSQL the year's lock is held only while its number is drawn and
 * written), then the rest in one transaction. What a crash, an outage or the end of the process
 * leaves between the two is a registered draft, which the next attempt, the citizen's or the
 * start-up's (completeInterruptedSubmissions), completes with the same number; where the database
 * gives no transaction (Payload's SQLite adapter), the status, written last, makes the same hold.
 * Idempotent: a retried or doubled submission registers the application once (the register's
 * unique `practice` decides between two that race) and answers with the same result.
 */
export async function submitPractice(
  stores: PracticeStores, citizenId: number, id: number, version: number, idempotencyKey: string, privacyAccepted = false,
): Promise<{ view: PracticeView; created: boolean }> {
  const practice = await findMyPractice(stores, citizenId, id)
  if (practice.status !== 'bozza') return { view: await viewOf(stores, practice), created: false }
  // Worked out once, where the fee is checked, and passed along to the answer.
  let fee: FeeView | null | undefined
  // And the attachments, read where the answers are checked: a submitted application's do not change.
  let attachments: PracticeAttachment[] | undefined
  // Registered, then interrupted: finish what was accepted, without asking again.
  let registered = await stores.register.findByPractice(id)
  if (!registered) {
    if (practice.version !== version) throw new ApiError('conflict', 'La bozza è stata modificata in un’altra scheda o su un altro dispositivo: ricarica la pagina e controlla i dati prima di inviare.')
    const form = await formOfPractice(stores, practice)
    attachments = await stores.attachments.listByPractice(id)
    const checked = validateFormData(form, practice.data, attachments, { final: true })
    // No application without the citizen's acceptance of the privacy notice, kept with its date as evidence.
    if (!practice.privacyAcceptedAt && !privacyAccepted) checked.errors.unshift({ field: PRIVACY_FIELD, message: 'Per presentare la domanda devi dichiarare di aver letto l’informativa sulla privacy.' })
    practice.privacyAcceptedAt ??= new Date().toISOString()
    if (checked.errors.length) throw new ApiError('validation', 'La domanda non è completa: correggi i campi indicati.', checked.errors)
    fee = await requirePaidFee(stores, practice)
    practice.data = checked.data
    // The form the answers were checked against stays with them: it is how they are read from now on.
    practice.formSnapshot = form
  }

  for (let attempt = 1; ; attempt++) {
    try {
      const { submitted, completed } = await register(stores, practice, idempotencyKey, registered)
      return { view: await viewOf(stores, submitted, { fee, attachments }), created: completed }
    } catch (error) {
      // Whoever lost the race finds the application already registered: the same answer, no duplicate.
      const now = await stores.practices.find(id)
      if (now && now.status !== 'bozza') return { view: await viewOf(stores, now, { fee, attachments }), created: false }
      // Two submissions of this application raced to the register and its unique `practice` refused the second, or the
      // completion failed: again, and what is done is not done twice.
      if (attempt >= 5) throw error
      registered = await stores.register.findByPractice(id)
    }
  }
}

/**
 * Completes the submissions a crash or an outage cut between the register entry and the rest: run at
 * start-up, so an accepted application never waits for the citizen to press "Invia" again. Returns how
 * many were completed.
 */
export async function completeInterruptedSubmissions(stores: PracticeStores): Promise<number> {
  const pending = await stores.register.registeredDrafts()
  for (const practice of pending) await register(stores, practice, 'ripresa-automatica', await stores.register.findByPractice(practice.id))
  return pending.length
}

/**
 * The register entry, then the rest; either may already be done (a retry, a double click, a resumed submission), and
 * is then not done again. `registered`: the entry as the caller has just read it (null: none yet). `completed`: this
 * call made the application submitted.
 */
async function register(stores: PracticeStores, practice: Practice, idempotencyKey: string, registered: ProtocolRegister | null): Promise<{ submitted: Practice; completed: boolean }> {
  const registration = registered ?? (await stores.transactions.inTransaction((tx) => newRegistration(stores, practice, idempotencyKey, tx)))
  return stores.transactions.inTransaction((tx, transactional) => complete(stores, practice, registration, tx, transactional))
}

/**
 * The year's next number and the register entry that holds it, nothing else: on PostgreSQL drawing takes the year's
 * lock, held until the commit, so this runs one submission at a time across every process and is kept short.
 */
async function newRegistration({ register }: PracticeStores, practice: Practice, idempotencyKey: string, tx: Transaction): Promise<ProtocolRegister> {
  const now = new Date()
  const year = Number(romeDayOf(now).slice(0, 4))
  const sequence = await register.nextSequence(year, tx)
  return register.register({ protocolNumber: protocolNumberOf(year, sequence), year, sequence, registeredAt: now.toISOString(), practice: practice.id, idempotencyKey, subject: practice.title }, tx)
}

/**
 * A registered application's history entry, the citizen's message and its notifications, and last its status, in one
 * transaction holding the application's row (SELECT … FOR UPDATE on PostgreSQL): two completions of one application (a
 * double click, a retry racing the first) run one after the other, and the second finds it done. Without a transaction
 * (SQLite) each step is skipped when already done, so a completion cut short is finished, never repeated.
 */
async function complete(stores: PracticeStores, practice: Practice, registration: ProtocolRegister, tx: Transaction, transactional: boolean): Promise<{ submitted: Practice; completed: boolean }> {
  const status = await stores.practices.lockStatus(practice.id, tx)
  if (status && status !== 'bozza') return { submitted: withRelationsOf(practice, (await stores.practices.find(practice.id, tx, 0))!), completed: false }
  // A submission resumed after a crash kept no snapshot: the form it was accepted with is the service's current one.
  const formSnapshot = practice.formSnapshot ?? (await readFormOfPractice(stores, practice, tx))
  const service = await serviceOfPractice(stores, practice, tx)
  const { protocolNumber } = registration
  // In a transaction the history entry and the message are stored with the status or not at all: a draft has neither.
  // Without one (SQLite) a completion cut short may have left them, and they are looked for.
  const mayBeHalfDone = !transactional
  if (!mayBeHalfDone || !(await stores.history.has(practice.id, 'presentata', tx))) {
    await stores.history.record({ practice, kind: 'presentata', actorType: 'cittadino', toStatus: 'presentata', message: `Protocollo n. ${protocolNumber}`, visibleToCitizen: true }, tx)
  }
  if (!mayBeHalfDone || !(await stores.messages.hasAbout(practice.id, tx))) {
    // The desk message, and the email, push and IO the queue sends after the commit (cms/notifications/dispatch.ts).
    await stores.messages.notify(practice, { kind: 'practice-submitted', data: { practiceId: practice.id, title: practice.title, protocolNumber } }, tx)
  }
  // The legal term runs from submission: its length comes from the service (cms/practices/term.ts).
  const term = termAtSubmission(service, registration.registeredAt)
  const submitted = await stores.practices.writeSubmission(practice.id, { status: 'presentata', protocolNumber, submittedAt: registration.registeredAt, data: practice.data, formSnapshot, privacyAcceptedAt: practice.privacyAcceptedAt ?? null, version: practice.version + 1, ...term }, tx)
  return { submitted: withRelationsOf(practice, submitted), completed: true }
}

