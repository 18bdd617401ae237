import { describe, expect, it } from 'vitest'

import { dueAtOf, dueDateOf, dueStatus, endOfRomeDay, isWorkingDay, overdueDays, suspendedDaysSoFar } from './deadline'

// Submitted at midday in Rome, so the tests read as the calendar does.
const at = (day: string, time = '10:00:00') => `${day}T${time}+01:00`
const calendar = (submitted: string, termDays: number, suspensions: { from: string; to: string }[] = []) => dueDateOf({ submittedAt: at(submitted), termDays, termUnit: 'calendario', suspensions })
const working = (submitted: string, termDays: number) => dueDateOf({ submittedAt: at(submitted), termDays, termUnit: 'lavorativi' })

describe('isWorkingDay', () => {
  it('knows weekends and the national public holidays', () => {
    expect(isWorkingDay('2026-12-24')).toBe(true)
    expect(isWorkingDay('2026-12-25')).toBe(false)
    expect(isWorkingDay('2026-12-26')).toBe(false)
    expect(isWorkingDay('2027-01-06')).toBe(false)
    expect(isWorkingDay('2027-03-29')).toBe(false) // Easter Monday
    expect(isWorkingDay('2026-06-01')).toBe(true) // a "ponte" is a working day
    expect(isWorkingDay('2026-12-05')).toBe(false) // Saturday
  })

  it('knows 4 October as a public holiday from 2026', () => {
    expect(isWorkingDay('2027-10-04')).toBe(false) // Monday
    expect(isWorkingDay('2026-10-05')).toBe(true)
  })
})

describe('dueDateOf, calendar days', () => {
  it('counts from the day after submission', () => {
    expect(calendar('2026-03-02', 30)).toBe('2026-04-01')
  })

  it('moves a last day on Christmas past Santo Stefano and the Sunday', () => {
    expect(calendar('2026-12-15', 10)).toBe('2026-12-28')
  })

  it('moves a last day on New Year to the next Monday', () => {
    expect(calendar('2026-12-22', 10)).toBe('2027-01-04')
  })

  it('moves a last day on Easter Sunday 2027 past Easter Monday', () => {
    expect(calendar('2027-03-18', 10)).toBe('2027-03-30')
  })

  it('moves a last day on 1 May 2026 (Friday) to Monday', () => {
    expect(calendar('2026-04-21', 10)).toBe('2026-05-04')
  })

  it('4 October: a Sunday in 2026 moves to Monday 5, a Monday in 2027 moves to Tuesday 5', () => {
    expect(calendar('2026-09-24', 10)).toBe('2026-10-05')
    expect(calendar('2027-09-24', 10)).toBe('2027-10-05')
  })

  it('counts 29 February in a leap year', () => {
    expect(calendar('2028-02-21', 10)).toBe('2028-03-02')
    expect(calendar('2027-02-22', 10)).toBe('2027-03-04')
  })

  it('takes the submission day in Rome, not in UTC', () => {
    // 23:30 UTC on 14 December is 00:30 on the 15th in Rome.
    expect(dueDateOf({ submittedAt: '2026-12-14T23:30:00Z', termDays: 10, termUnit: 'calendario' })).toBe('2026-12-28')
  })

  it('a suspension of 7 days moves the term 7 days', () => {
    expect(calendar('2026-03-02', 30, [{ from: at('2026-03-10'), to: at('2026-03-17', '09:00:00') }])).toBe('2026-04-08')
  })

  it('two suspensions add up, and the last day still moves off a weekend', () => {
    // 30 + 7 + 3 days lands on Saturday 11 April 2026.
    const suspensions = [{ from: at('2026-03-10'), to: at('2026-03-17') }, { from: at('2026-03-20'), to: at('2026-03-23') }]
    expect(calendar('2026-03-02', 30, suspensions)).toBe('2026-04-13')
  })

  it('a suspension opened and closed the same day stops nothing', () => {
    expect(calendar('2026-03-02', 30, [{ from: at('2026-03-10', '09:00:00'), to: at('2026-03-10', '17:00:00') }])).toBe('2026-04-01')
  })
})

describe('dueDateOf, working days', () => {
  it('skips the weekend and Christmas', () => {
    expect(working('2026-12-23', 5)).toBe('2026-12-31')
  })

  it('skips 2 June across the bridge (Monday 1 June still counts)', () => {
    expect(working('2026-05-29', 3)).toBe('2026-06-04')
  })

  it('25 April on a Saturday costs no working day', () => {
    expect(working('2026-04-23', 2)).toBe('2026-04-27')
  })

  it('skips suspended days too', () => {
    const suspensions = [{ from: at('2026-06-08'), to: at('2026-06-15') }]
    expect(dueDateOf({ submittedAt: at('2026-06-05'), termDays: 10, termUnit: 'lavorativi' })).toBe('2026-06-19')
    expect(dueDateOf({ submittedAt: at('2026-06-05'), termDays: 10, termUnit: 'lavorativi', suspensions })).toBe('2026-06-26')
  })
})

describe('dueAt and status', () => {
  it('dueAt is the end of the day in Rome, winter and summer', () => {
    expect(endOfRomeDay('2026-12-28').toISOString()).toBe('2026-12-28T22:59:59.999Z')
    expect(endOfRomeDay('2026-07-10').toISOString()).toBe('2026-07-10T21:59:59.999Z')
    expect(dueAtOf({ submittedAt: at('2026-12-15'), termDays: 10, termUnit: 'calendario' })).toBe('2026-12-28T22:59:59.999Z')
  })

  it('no term, no due date', () => {
    expect(dueAtOf({ submittedAt: at('2026-12-15'), termDays: null })).toBeNull()
    expect(dueAtOf({ submittedAt: at('2026-12-15'), termDays: 0 })).toBeNull()
  })

  it('overdue from the day after, near due within 5 working days, suspended while waiting', () => {
    const due = '2026-12-28T22:59:59.999Z'
    expect(dueStatus(due, new Date('2026-12-28T21:00:00Z'))).toBe('in-scadenza')
    expect(dueStatus(due, new Date('2026-12-29T08:00:00Z'))).toBe('scaduta')
    // From 18 December: 21, 22, 23, 24, 28 are five working days (25, 26, 27 are not).
    expect(dueStatus(due, new Date('2026-12-18T08:00:00Z'))).toBe('in-scadenza')
    expect(dueStatus(due, new Date('2026-12-17T08:00:00Z'))).toBe('nei-termini')
    expect(dueStatus(due, new Date('2026-12-29T08:00:00Z'), { suspended: true })).toBe('sospesa')
    expect(overdueDays(due, new Date('2027-01-02T08:00:00Z'))).toBe(5)
    expect(overdueDays(due, new Date('2026-12-20T08:00:00Z'))).toBe(0)
  })

  it('counts the days suspended so far, the open suspension up to today', () => {
    expect(suspendedDaysSoFar([{ from: at('2026-03-10'), to: at('2026-03-17') }], at('2026-03-20'), new Date(at('2026-03-23')))).toBe(10)
  })
})
