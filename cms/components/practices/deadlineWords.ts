import { dateToItalian } from '../../format/italian'
import { dueStatus, overdueDays, suspendedDaysSoFar, suspensionsOf, workingDaysLeft, romeDayOf, type DueStatus } from '../../practices/deadline'
import type { Practice } from '../../payload-types'
import { isDecided } from '../../practices/workflow'

/** The badge of a due status, in words (never colour alone). */
export const dueBadge: Record<DueStatus, string> = { scaduta: 'Scaduta', 'in-scadenza': 'In scadenza', 'nei-termini': 'Nei termini', sospesa: 'Sospesa' }

/** How a badge looks: a border and weight as well as a colour, so it reads in greyscale too. */
export const badgeStyle = (status: DueStatus) => ({
  display: 'inline-block', padding: '0 0.4em', borderRadius: '0.25em', fontWeight: 600, fontSize: '0.85em',
  border: `2px solid ${status === 'scaduta' ? '#a61b1b' : status === 'in-scadenza' ? '#8a5300' : '#4a4a4a'}`,
  color: status === 'scaduta' ? '#a61b1b' : status === 'in-scadenza' ? '#8a5300' : 'inherit',
})

type Term = Pick<Practice, 'status' | 'termDays' | 'termUnit' | 'dueAt' | 'suspendedSince' | 'suspensions' | 'decidedAt'>

const days = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The sidebar's lines about an application's legal term, at `now`, and its status (null once decided or without a term). */
export function deadlineLines(practice: Term, now = new Date()): { lines: string[]; status: DueStatus | null } {
  if (!practice.termDays || !practice.dueAt) return { lines: ['Il servizio non fissa un termine per questa pratica.'], status: null }
  const unit = practice.termUnit === 'lavorativi' ? 'giorni lavorativi' : 'giorni di calendario'
  const lines = [`Termine: ${practice.termDays} ${unit} · Scade il ${dateToItalian(practice.dueAt)}`]
  const past = suspendedDaysSoFar(suspensionsOf(practice.suspensions), null, now)
  if (isDecided(practice.status) && practice.decidedAt) {
    const late = Math.max(0, overdueDays(practice.dueAt, new Date(practice.decidedAt)))
    lines.push(`Conclusa il ${dateToItalian(practice.decidedAt)}${late ? `, ${days(late, 'giorno', 'giorni')} dopo la scadenza` : ', nei termini'}.`)
    return { lines, status: null }
  }
  if (practice.suspendedSince) {
    const sofar = suspendedDaysSoFar(suspensionsOf(practice.suspensions), practice.suspendedSince, now)
    lines.push(`Sospeso dal ${dateToItalian(practice.suspendedSince)} (in attesa di integrazioni) · giorni sospesi finora: ${sofar}`)
    lines.push('La scadenza si sposta dei giorni di sospensione quando il cittadino risponde.')
    return { lines, status: 'sospesa' }
  }
  if (past) lines.push(`Il termine è stato sospeso per ${days(past, 'giorno', 'giorni')} in attesa di integrazioni.`)
  const status = dueStatus(practice.dueAt, now)
  if (status === 'scaduta') lines.push(`Scaduta da ${days(overdueDays(practice.dueAt, now), 'giorno', 'giorni')}.`)
  if (status === 'in-scadenza') {
    const left = workingDaysLeft(romeDayOf(practice.dueAt), romeDayOf(now))
    lines.push(left ? `In scadenza: ${left === 1 ? 'manca 1 giorno lavorativo' : `mancano ${left} giorni lavorativi`}.` : 'In scadenza: scade oggi.')
  }
  return { lines, status }
}
