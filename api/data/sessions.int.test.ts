// Sessions in the database (api/data/sessions.ts): the activity of a session is written once per minute, however many of
// its requests arrive together (a burst of requests of one session all see the minute passed at the same time).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { createSession, validateSessionToken } from '../auth/sessions'
import { citizenStore } from './citizens'
import { sessionStore } from './sessions'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

describe('a session’s activity', () => {
  it('is written once for requests of the same session arriving together, and again a minute later', async () => {
    const citizen = await t.payload.create({ collection: 'citizens', data: { fiscalCode: 'CPTGNN85C54B180W', givenName: 'Giovanna', familyName: 'Caputo' } })
    const store = sessionStore(t.payload)
    const start = new Date()
    const { token } = await createSession(store, citizen.id, 'spid', start)
    const update = vi.spyOn(t.payload, 'update')
    try {
      const later = new Date(start.getTime() + 2 * 60_000)
      const sessions = await Promise.all(Array.from({ length: 20 }, () => validateSessionToken(store, token, later)))
      expect(sessions.every((s) => s?.lastActiveAt.getTime() === later.getTime())).toBe(true)
      expect(update).toHaveBeenCalledTimes(1)
      expect((await store.findById(token.split('.')[0]!))!.lastActiveAt).toEqual(later)

      const evenLater = new Date(later.getTime() + 2 * 60_000)
      await Promise.all([validateSessionToken(store, token, evenLater), validateSessionToken(store, token, evenLater)])
      expect(update).toHaveBeenCalledTimes(2)
      expect((await store.findById(token.split('.')[0]!))!.lastActiveAt).toEqual(evenLater)
    } finally {
      update.mockRestore()
    }
  })

  it('of two sessions is written for each', async () => {
    const citizen = await citizenStore(t.payload).findByFiscalCode('CPTGNN85C54B180W')
    const store = sessionStore(t.payload)
    const start = new Date()
    const a = await createSession(store, citizen!.id, 'spid', start)
    const b = await createSession(store, citizen!.id, 'cie', start)
    const update = vi.spyOn(t.payload, 'update')
    try {
      const later = new Date(start.getTime() + 2 * 60_000)
      await Promise.all([validateSessionToken(store, a.token, later), validateSessionToken(store, b.token, later)])
      expect(update).toHaveBeenCalledTimes(2)
    } finally {
      update.mockRestore()
    }
  })
})
