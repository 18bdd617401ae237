// What the IO stand-in remembers: who has IO (and allows the Comune's service), and every message it
// accepted, per fiscal code. In memory: a restart of the demo empties the citizens' IO inboxes.
import { randomBytes } from 'node:crypto'

import type { IoNewMessage } from '../../../cms/notifications/io/newMessage'
import { loadTestIdentities } from '../identityProvider/identities'

/** A message IO accepted, as the stand-in's page shows it. */
export type StandInIoMessage = IoNewMessage & { id: string; createdAt: Date }

/**
 * The demo's fixed answer for the test identities (content/test-identities.json): every one has the
 * IO app with the Comune's service enabled, except Cosimo Palma, who has no IO profile (404), and
 * Rosa Greco, who turned the Comune's service off in the app (sender_allowed: false). Any other
 * fiscal code has no IO profile.
 */
export const demoIoProfiles = { withoutIo: ['PLMCSM58A30B180Q'], serviceOff: ['GRCRSO66P48A662X'] } as const

/** The stand-in's memory. */
export class IoStandInRegistry {
  /** Fiscal code → whether the Comune's service may write to the citizen. */
  readonly profiles = new Map<string, { senderAllowed: boolean }>()
  readonly messages: StandInIoMessage[] = []

  /** Sets (or, with null, removes) a citizen's IO profile. */
  setProfile(fiscalCode: string, profile: { senderAllowed: boolean } | null): void {
    if (profile) this.profiles.set(fiscalCode, profile)
    else this.profiles.delete(fiscalCode)
  }

  /** Keeps an accepted message and returns it with its id (ULID-like, as IO's). */
  addMessage(message: IoNewMessage, now: Date = new Date()): StandInIoMessage {
    const kept = { ...message, id: `01${randomBytes(12).toString('hex').toUpperCase()}`.slice(0, 26), createdAt: now }
    this.messages.push(kept)
    return kept
  }

  /** The messages one citizen received, newest first. */
  messagesOf(fiscalCode: string): StandInIoMessage[] {
    return this.messages.filter((m) => m.fiscal_code === fiscalCode).reverse()
  }

  /** The registry of the demo: the test identities' profiles as demoIoProfiles says. */
  static forTestIdentities(): IoStandInRegistry {
    const registry = new IoStandInRegistry()
    for (const { fiscalCode } of loadTestIdentities()) {
      if ((demoIoProfiles.withoutIo as readonly string[]).includes(fiscalCode)) continue
      registry.setProfile(fiscalCode, { senderAllowed: !(demoIoProfiles.serviceOff as readonly string[]).includes(fiscalCode) })
    }
    return registry
  }
}
