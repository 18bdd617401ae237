import type { Payload } from 'payload'

import { catalogueStore } from './catalogue'
import { citizenMessageStore } from './citizenMessages'
import { citizenStore } from './citizens'
import { feedbackStore } from './feedback'
import { paymentStore } from './payments'
import { attachmentStore } from './practiceAttachments'
import { practiceHistoryStore } from './practiceHistory'
import { practiceStore } from './practices'
import { protocolRegisterStore } from './protocolRegister'
import { quotaStore } from './quotas'
import { sessionStore } from './sessions'
import { transactionRunner } from './transactions'

/** Every store of the public server, one per aggregate, over one Payload instance; createApp makes them once. */
export function createStores(payload: Payload) {
  const transactions = transactionRunner(payload)
  return {
    sessions: sessionStore(payload),
    citizens: citizenStore(payload),
    feedback: feedbackStore(payload),
    quotas: quotaStore(payload),
    payments: paymentStore(payload),
    catalogue: catalogueStore(payload),
    practices: practiceStore(payload),
    attachments: attachmentStore(payload),
    history: practiceHistoryStore(payload),
    messages: citizenMessageStore(payload),
    register: protocolRegisterStore(payload, transactions),
    transactions,
  }
}

export type Stores = ReturnType<typeof createStores>
