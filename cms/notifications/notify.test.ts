import { describe, expect, it } from 'vitest'

import type { MailMessage } from './mailer'
import { citizenToRecipient } from './notification'
import { notifierOf } from './notify'

const publicUrl = new URL('http://localhost:3000')
const submitted = { kind: 'practice-submitted', data: { practiceId: 7, title: 'Mensa scolastica', protocolNumber: '2026/000007' } } as const

function outbox() {
  const sent: MailMessage[] = []
  return { sent, mailer: { send: async (message: MailMessage) => void sent.push(message) } }
}

describe('notify', () => {
  it('emails the letter to the contact address the citizen confirmed, before the identity provider’s', async () => {
    const { sent, mailer } = outbox()
    const citizen = citizenToRecipient({ givenName: 'Marco', familyName: 'Valente', idpEmail: 'marco@spid.example', contacts: { email: 'marco@example.it' } })
    await notifierOf({ mailer, publicUrl })(citizen, submitted)
    expect(sent).toEqual([{ to: 'marco@example.it', subject: 'Ricevuta: domanda «Mensa scolastica» protocollo 2026/000007', text: expect.stringContaining('Gentile Marco,') }])
  })

  it('sends nothing to a citizen without an email address', async () => {
    const { sent, mailer } = outbox()
    await notifierOf({ mailer, publicUrl })(citizenToRecipient({ givenName: 'Rosa', familyName: 'Greco', idpEmail: null, contacts: { email: null } }), submitted)
    expect(sent).toEqual([])
  })

  it('lets a mail server failure reach the caller, who decides what still stands', async () => {
    const mailer = { send: async () => Promise.reject(new Error('connect ECONNREFUSED')) }
    await expect(notifierOf({ mailer, publicUrl })({ givenName: 'Rosa', familyName: 'Greco', email: 'rosa@example.it' }, submitted)).rejects.toThrow('ECONNREFUSED')
  })
})
