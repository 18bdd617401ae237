import type { Payload, TypedUser, Where } from 'payload'

import { decidedStatuses, openStatuses, statusToLabel } from './workflow'

/** "In scadenza": the legal term ends within this many days. */
export const dueSoonDays = 5
/** "Concluse di recente": decided within this many days. */
export const recentlyDecidedDays = 30

const day = 24 * 60 * 60 * 1000

/** One line of the office's queue: what it counts, how many, and the list's filter that shows them. */
export type QueueLine = { key: string; label: string; count: number; where: Where }

/**
 * The queue's lines as filters on the list of applications, at a given moment: one per open
 * status, the decided ones of the last days, those assigned to the user, due soon and overdue.
 * A suspended term (waiting for the citizen) is never overdue: its clock is stopped.
 */
export function queueFilters(userId: number | string, now: Date): Omit<QueueLine, 'count'>[] {
  const open: Where = { status: { in: [...openStatuses] } }
  const running: Where = { suspendedSince: { exists: false } }
  const inDays = (days: number) => new Date(now.getTime() + days * day).toISOString()
  return [
    ...openStatuses.map((status) => ({ key: status, label: statusToLabel(status), where: builderWhere({ status: { equals: status } }) })),
    { key: 'concluse', label: `Concluse negli ultimi ${recentlyDecidedDays} giorni`, where: builderWhere({ status: { in: [...decidedStatuses] } }, { decidedAt: { greater_than_equal: inDays(-recentlyDecidedDays) } }) },
    { key: 'assegnate-a-me', label: 'Assegnate a me', where: builderWhere(open, { assignee: { equals: userId } }) },
    { key: 'in-scadenza', label: `In scadenza nei prossimi ${dueSoonDays} giorni`, where: builderWhere(open, running, { dueAt: { greater_than_equal: now.toISOString() } }, { dueAt: { less_than_equal: inDays(dueSoonDays) } }) },
    { key: 'scadute', label: 'Scadute', where: builderWhere(open, running, { dueAt: { less_than: now.toISOString() } }) },
  ]
}

/** Conditions in the shape the list's filter builder reads back (`or[0][and][n]`), so the filters show and can be saved. */
const builderWhere = (...conditions: Where[]): Where => ({ or: [{ and: conditions }] })

/** The queue of a staff member: each line counted with their own access (their offices only, never drafts). */
export async function practiceQueue(payload: Payload, user: TypedUser, now = new Date()): Promise<QueueLine[]> {
  return Promise.all(
    queueFilters(user.id, now).map(async (line) => {
      const { totalDocs } = await payload.count({ collection: 'practices', where: line.where, overrideAccess: false, user })
      return { ...line, count: totalDocs }
    }),
  )
}

/** Bracket notation of a nested query (`where[status][equals]=presentata`), as the admin's list URLs carry it. */
export function queryToSearch(value: unknown, prefix: string): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => queryToSearch(v, `${prefix}[${encodeURIComponent(k)}]`))
  return [`${prefix}=${encodeURIComponent(String(value))}`]
}

/** The admin's list of applications showing a queue line's rows. */
export const whereToListUrl = (where: Where, adminRoute = '/admin'): string => `${adminRoute}/collections/practices?${queryToSearch(where, 'where').join('&')}`
