import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Practice } from '../payload-types'
import { createOfficeWithService, createPractice, restAs, staffMember } from '../testing/backOffice'
import { startTestPayload, type TestPayload } from '../testing/testPayload'
import { practiceQueue, queryToSearch, whereToListUrl } from './queue'
import type { PracticeStatus } from './workflow'

let t: TestPayload
let payload: Payload
let clerk: Awaited<ReturnType<typeof staffMember>>
let colleague: Awaited<ReturnType<typeof staffMember>>
let stranger: Awaited<ReturnType<typeof staffMember>>
const now = new Date('2026-12-02T10:00:00.000Z')
const daysFromNow = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString()

const countsOf = async (member: typeof clerk) => Object.fromEntries((await practiceQueue(payload, member.user as never, now)).map((l) => [l.key, l.count]))

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const a = await createOfficeWithService(payload)
  const b = await createOfficeWithService(payload)
  clerk = await staffMember(payload, 'Operatrice Russo', ['operator'], [a.office.id])
  colleague = await staffMember(payload, 'Operatore Leo', ['operator'], [a.office.id])
  stranger = await staffMember(payload, 'Operatore Tributi', ['operator'], [b.office.id])
  const ids = { officeId: a.office.id, serviceId: a.service.id }
  const practice = async (status: PracticeStatus, data: Partial<Practice> = {}) => {
    const created = await createPractice(payload, { ...ids, status })
    await payload.update({ collection: 'practices', id: created.id, context: { system: true }, data })
  }
  await practice('presentata', { dueAt: daysFromNow(20) })
  await practice('presentata', { dueAt: daysFromNow(2) }) // due soon
  await practice('in-lavorazione', { dueAt: daysFromNow(-1), assignee: clerk.user.id }) // overdue, mine
  await practice('in-lavorazione', { dueAt: daysFromNow(4), assignee: colleague.user.id }) // due soon, a colleague's
  await practice('in-attesa-cittadino', { dueAt: daysFromNow(-3), suspendedSince: daysFromNow(-10), assignee: clerk.user.id }) // suspended: not overdue
  await practice('accolta', { dueAt: daysFromNow(-5), decidedAt: daysFromNow(-2), assignee: clerk.user.id }) // decided: neither mine to do nor overdue
  await practice('respinta', { decidedAt: daysFromNow(-60) }) // decided long ago
  await practice('bozza', { dueAt: daysFromNow(-1) }) // the citizen's draft
  await createPractice(payload, { officeId: b.office.id, serviceId: b.service.id, status: 'presentata' })
})
afterAll(async () => t?.cleanup())

describe('the office’s queue', () => {
  it('counts the applications of the clerk’s offices by status, theirs, due soon and overdue', async () => {
    expect(await countsOf(clerk)).toEqual({
      presentata: 2, 'in-lavorazione': 2, 'in-attesa-cittadino': 1, concluse: 1,
      'assegnate-a-me': 2, 'in-scadenza': 2, scadute: 1,
    })
  })

  it('gives each clerk their own “assegnate a me”', async () => {
    expect((await countsOf(colleague))['assegnate-a-me']).toBe(1)
  })

  it('shows another office nothing of this one', async () => {
    expect(await countsOf(stranger)).toEqual({
      presentata: 1, 'in-lavorazione': 0, 'in-attesa-cittadino': 0, concluse: 0,
      'assegnate-a-me': 0, 'in-scadenza': 0, scadute: 0,
    })
  })

  it('links each count to a list URL that Payload reads back as the same filter', async () => {
    for (const line of await practiceQueue(payload, clerk.user as never, now)) {
      const url = whereToListUrl(line.where)
      expect(url).toMatch(/^\/admin\/collections\/practices\?where\[or\]\[0\]\[and\]\[0\]/)
      const res = await restAs(t, clerk.token, 'GET', `/practices?depth=0&${url.split('?')[1]}`)
      expect(res.status, line.key).toBe(200)
      expect(((await res.json()) as { totalDocs: number }).totalDocs, line.key).toBe(line.count)
    }
  })
})

describe('queryToSearch', () => {
  it('writes nested filters in bracket notation, escaping values', () => {
    expect(queryToSearch({ or: [{ and: [{ status: { in: ['presentata', 'in-lavorazione'] } }, { title: { like: 'a&b' } }] }] }, 'where')).toEqual([
      'where[or][0][and][0][status][in][0]=presentata',
      'where[or][0][and][0][status][in][1]=in-lavorazione',
      'where[or][0][and][1][title][like]=a%26b',
    ])
  })
})
