import { citizenToRecipient } from '../../../cms/notifications/notification'
import type { Notify } from '../../../cms/notifications/notify'
import type { PracticeView } from './views'

/** How the confirmation goes out: the one notification path (cms/notifications). */
export type ConfirmationDeps = { notify: Notify }

/** The confirmation of a submission; a mail server that is down never undoes the submission. */
export async function sendSubmissionConfirmation({ notify }: ConfirmationDeps, citizen: Parameters<typeof citizenToRecipient>[0], view: Pick<PracticeView, 'id' | 'protocolNumber' | 'service'>): Promise<void> {
  await notify(citizenToRecipient(citizen), { kind: 'practice-submitted', data: { practiceId: view.id, title: view.service.title, protocolNumber: view.protocolNumber ?? '' } })
    .catch(() => console.warn('[pratiche] email di conferma non inviata: la ricevuta resta nell’area personale'))
}
