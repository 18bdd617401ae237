import { describe, expect, it } from 'vitest'

import type { CitizenMessage } from '../../cms/payload-types'
import type { SessionRecord } from '../auth/sessions'
import type { CitizenMessageStore } from '../data/citizenMessages'
import { handleError } from '../errors'
import { newRouter } from '../openapi'
import { messageRoutes } from './messages'

const message = (id: number, citizen: number, readAt: string | null = null): CitizenMessage =>
  ({ id, citizen, practice: 7, subject: `Oggetto ${id}`, body: 'Testo', readAt, createdAt: `2026-12-0${id}T10:00:00.000Z`, updatedAt: '' })

/** The messages router over an in-memory store, with `citizenId` logged in (null: nobody). */
function messagesApp(citizenId: number | null) {
  const stored = [message(2, 1), message(1, 1, '2026-12-01T11:00:00.000Z'), message(3, 2)]
  const messages: CitizenMessageStore = {
    listByCitizen: async (id) => stored.filter((m) => m.citizen === id),
    markRead: async (id, owner) => {
      const found = stored.find((m) => m.id === id && m.citizen === owner && !m.readAt)
      if (found) found.readAt = new Date().toISOString()
      return Boolean(found)
    },
    hasAbout: async () => false,
    notify: async () => { throw new Error('not used') },
  }
  const app = newRouter()
  app.use(async (c, next) => {
    c.set('session', citizenId === null ? null : ({ citizenId } as SessionRecord))
    await next()
  })
  app.route('/api', messageRoutes(messages))
  app.onError(handleError)
  const post = (path: string) => app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  return { app, stored, post }
}

describe('the citizen’s messages', () => {
  it('lists only the logged-in citizen’s messages, each with the application it is about and whether it was read', async () => {
    const { app } = messagesApp(1)
    const res = await app.request('/api/me/messaggi')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ messages: [
      { id: 2, at: '2026-12-02T10:00:00.000Z', subject: 'Oggetto 2', body: 'Testo', practiceId: 7, read: false },
      { id: 1, at: '2026-12-01T10:00:00.000Z', subject: 'Oggetto 1', body: 'Testo', practiceId: 7, read: true },
    ] })
  })

  it('marks the citizen’s own message read, leaves someone else’s alone, and answers 204 either way', async () => {
    const { post, stored } = messagesApp(1)
    expect((await post('/api/me/messaggi/2/letto')).status).toBe(204)
    expect((await post('/api/me/messaggi/3/letto')).status).toBe(204)
    expect(stored.find((m) => m.id === 2)!.readAt).not.toBeNull()
    expect(stored.find((m) => m.id === 3)!.readAt).toBeNull()
  })

  it('answers 401 to nobody logged in', async () => {
    const { app, post } = messagesApp(null)
    expect((await app.request('/api/me/messaggi')).status).toBe(401)
    expect((await post('/api/me/messaggi/2/letto')).status).toBe(401)
  })
})
