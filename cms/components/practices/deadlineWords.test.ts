import { describe, expect, it } from 'vitest'

import { deadlineLines } from './deadlineWords'

const base = { status: 'in-lavorazione' as const, termDays: 30, termUnit: 'calendario' as const, dueAt: '2027-01-15T22:59:59.999Z', suspendedSince: null, suspensions: null, decidedAt: null }

describe('deadlineLines', () => {
  it('states the term and the due date', () => {
    expect(deadlineLines(base, new Date('2026-12-16T09:00:00Z'))).toEqual({ lines: ['Termine: 30 giorni di calendario · Scade il 15 gennaio 2027'], status: 'nei-termini' })
  })

  it('says how many working days are left when near due, and how late when overdue', () => {
    expect(deadlineLines(base, new Date('2027-01-12T09:00:00Z')).lines[1]).toBe('In scadenza: mancano 3 giorni lavorativi.')
    expect(deadlineLines(base, new Date('2027-01-15T09:00:00Z')).lines[1]).toBe('In scadenza: scade oggi.')
    expect(deadlineLines(base, new Date('2027-01-18T09:00:00Z'))).toMatchObject({ status: 'scaduta', lines: [expect.any(String), 'Scaduta da 3 giorni.'] })
  })

  it('says since when the term is suspended and for how many days so far', () => {
    const waiting = { ...base, status: 'in-attesa-cittadino' as const, suspendedSince: '2027-01-04T09:00:00Z', suspensions: [{ from: '2026-12-20T09:00:00Z', to: '2026-12-22T09:00:00Z' }] }
    const { lines, status } = deadlineLines(waiting, new Date('2027-01-09T09:00:00Z'))
    expect(status).toBe('sospesa')
    expect(lines[1]).toBe('Sospeso dal 4 gennaio 2027 (in attesa di integrazioni) · giorni sospesi finora: 7')
  })

  it('says when a decided application was concluded, and whether in time', () => {
    expect(deadlineLines({ ...base, status: 'accolta', decidedAt: '2027-01-10T09:00:00Z' }).lines[1]).toBe('Conclusa il 10 gennaio 2027, nei termini.')
    expect(deadlineLines({ ...base, status: 'respinta', decidedAt: '2027-01-17T09:00:00Z' }).lines[1]).toBe('Conclusa il 17 gennaio 2027, 2 giorni dopo la scadenza.')
  })

  it('says when the service sets no term', () => {
    expect(deadlineLines({ ...base, termDays: null, dueAt: null }).lines).toEqual(['Il servizio non fissa un termine per questa pratica.'])
  })
})
