import { describe, expect, it } from 'vitest'

import { closedBecause, patronDay, type ClosingRules } from './closedDays'
import { romeDay, romeInstant, romeTime } from './romeTime'
import { openingSlots, slotTimesOf, type CalendarRules } from './slots'

const open = (weekdays: string[], from: string, to: string) => weekdays.map((weekday) => ({ weekday, from, to }))
const everyDay = ['1', '2', '3', '4', '5', '6', '7']
const calendar = (over: Partial<CalendarRules> = {}): CalendarRules => ({ slotMinutes: 20, desks: 2, horizonDays: 60, hours: open(['1', '2', '3', '4', '5'], '09:00', '12:00'), ...over })
const none: ClosingRules = { patron: null, closures: [] }
const now = new Date('2027-03-01T07:00:00.000Z') // Monday 1 March 2027, 08:00 in Rome
const times = (day: string, c = calendar(), rules = none, at = now) => slotTimesOf(c, day, rules, at).slots.map((s) => s.time)
const isos = (day: string, c: CalendarRules, at = now) => slotTimesOf(c, day, none, at).slots.map((s) => s.startsAt.toISOString())

describe('slots from the weekday hours', () => {
  it('cuts each opening into slots of the calendar’s length, ending within the opening', () => {
    expect(times('2027-03-02')).toEqual(['09:00', '09:20', '09:40', '10:00', '10:20', '10:40', '11:00', '11:20', '11:40'])
    expect(times('2027-03-02', calendar({ slotMinutes: 45 }))).toEqual(['09:00', '09:45', '10:30', '11:15'])
    const both = calendar({ hours: [...open(['2'], '15:00', '16:00'), ...open(['2'], '09:00', '10:00')] })
    expect(times('2027-03-02', both)).toEqual(['09:00', '09:20', '09:40', '15:00', '15:20', '15:40'])
  })

  it('has no slots on a weekday without hours', () => {
    expect(slotTimesOf(calendar(), '2027-03-06', none, now)).toEqual({ open: false, closedBecause: 'Nessun orario di ricevimento', slots: [] })
  })

  it('gives each slot its end and its instant in Rome (winter: UTC+1)', () => {
    const [first] = slotTimesOf(calendar(), '2027-03-02', none, now).slots
    expect(first).toEqual({ startsAt: new Date('2027-03-02T08:00:00.000Z'), endsAt: new Date('2027-03-02T08:20:00.000Z'), day: '2027-03-02', time: '09:00' })
    expect(isos('2027-07-06', calendar({ horizonDays: 200 }))[0]).toBe('2027-07-06T07:00:00.000Z') // summer: UTC+2
  })

  it('leaves out the slots already begun or past, and the days beyond the horizon', () => {
    expect(times('2027-03-01', calendar(), none, new Date('2027-03-01T09:30:00.000Z'))).toEqual(['10:40', '11:00', '11:20', '11:40'])
    expect(slotTimesOf(calendar(), '2027-02-26', none, now)).toMatchObject({ open: false, closedBecause: 'Giorno passato' })
    expect(times('2027-03-31', calendar({ horizonDays: 30 }))).toHaveLength(9)
    expect(slotTimesOf(calendar({ horizonDays: 30 }), '2027-04-01', none, now)).toMatchObject({ open: false, closedBecause: 'Oltre il periodo prenotabile' })
  })
})

describe('closed days', () => {
  it('closes the Italian national holidays, with their names', () => {
    expect(slotTimesOf(calendar(), '2027-03-29', none, now)).toMatchObject({ open: false, closedBecause: 'Festività nazionale: Lunedì dell’Angelo', slots: [] })
    expect(closedBecause('2027-04-26', none)).toBeNull()
    expect(closedBecause('2027-04-25', none)).toMatch(/^Festività nazionale: /)
    expect(closedBecause('2027-06-02', none)).toMatch(/^Festività nazionale: /)
    expect(closedBecause('2027-10-04', none)).toMatch(/Francesco/)
    expect(closedBecause('2027-12-08', none)).toMatch(/^Festività nazionale: /)
  })

  it('closes the patron saint’s day: a fixed day, or the first Sunday of the month', () => {
    expect(patronDay({ rule: 'giorno', month: 1, day: 19 }, 2027)).toBe('2027-01-19')
    expect(patronDay({ rule: 'prima-domenica', month: 9 }, 2027)).toBe('2027-09-05')
    expect(patronDay({ rule: 'prima-domenica', month: 8 }, 2027)).toBe('2027-08-01') // 1 August 2027 is a Sunday
    expect(patronDay({ rule: 'giorno', month: 2, day: 30 }, 2027)).toBeNull()
    const fixed: ClosingRules = { patron: { saint: 'San Lorenzo', rule: 'giorno', month: 7, day: 21 }, closures: [] }
    const c = calendar({ horizonDays: 366 })
    expect(slotTimesOf(c, '2027-07-21', fixed, now)).toMatchObject({ open: false, closedBecause: 'Festa del santo patrono (San Lorenzo)' })
    expect(times('2027-07-22', c, fixed)).toHaveLength(9)
    const sunday: ClosingRules = { patron: { rule: 'prima-domenica', month: 9 }, closures: [] }
    const sundays = calendar({ horizonDays: 366, hours: open(everyDay, '09:00', '10:00') })
    expect(slotTimesOf(sundays, '2027-09-05', sunday, now)).toMatchObject({ open: false, closedBecause: 'Festa del santo patrono' })
    expect(times('2027-09-12', sundays, sunday)).toEqual(['09:00', '09:20', '09:40'])
  })

  it('closes the calendar’s closures, both ends included, whatever instant the date picker stored', () => {
    const rules: ClosingRules = { patron: null, closures: [{ from: '2027-03-09T23:00:00.000Z', to: '2027-03-11T12:00:00.000Z', reason: 'Inventario' }] }
    expect(times('2027-03-09', calendar(), rules)).toHaveLength(9)
    expect(slotTimesOf(calendar(), '2027-03-10', rules, now)).toMatchObject({ open: false, closedBecause: 'Chiusura: Inventario' })
    expect(slotTimesOf(calendar(), '2027-03-11', rules, now)).toMatchObject({ open: false })
    expect(times('2027-03-12', calendar(), rules)).toHaveLength(9)
  })
})

describe('daylight saving time in Europe/Rome', () => {
  const sundays = calendar({ horizonDays: 366, slotMinutes: 60, hours: open(['6', '7'], '09:00', '11:00') })
  const night = calendar({ horizonDays: 366, slotMinutes: 60, hours: open(['7'], '01:00', '04:00') })

  // 28 March 2027 is also Easter Sunday, a national holiday: closed, but its opening hours still step right.
  const opening = (day: string, c: CalendarRules) => openingSlots(c, day, now)

  it('on the last Sunday of March 2027 (clocks forward at 02:00) gives the summer instants', () => {
    expect(isos('2027-03-27', sundays)).toEqual(['2027-03-27T08:00:00.000Z', '2027-03-27T09:00:00.000Z']) // Saturday, UTC+1
    expect(slotTimesOf(sundays, '2027-03-28', none, now)).toMatchObject({ open: false, closedBecause: 'Festività nazionale: Domenica di Pasqua' })
    expect(opening('2027-03-28', sundays).map((s) => s.startsAt.toISOString())).toEqual(['2027-03-28T07:00:00.000Z', '2027-03-28T08:00:00.000Z']) // Sunday, UTC+2
    expect(isos('2027-04-04', sundays)).toEqual(['2027-04-04T07:00:00.000Z', '2027-04-04T08:00:00.000Z'])
    expect(romeInstant('2027-03-28', '01:00').toISOString()).toBe('2027-03-28T00:00:00.000Z')
    expect(romeInstant('2027-03-28', '03:00').toISOString()).toBe('2027-03-28T01:00:00.000Z')
  })

  it('on the last Sunday of March loses no slot and doubles none across the missing hour', () => {
    const slots = opening('2027-03-28', night)
    // 01:00 CET to 04:00 CEST is two real hours: 01:00 and 03:00 (02:00 does not exist that night).
    expect(slots.map((s) => [s.time, s.startsAt.toISOString()])).toEqual([['01:00', '2027-03-28T00:00:00.000Z'], ['03:00', '2027-03-28T01:00:00.000Z']])
    expect(slots[0]!.endsAt).toEqual(slots[1]!.startsAt)
  })

  it('on the last Sunday of October 2027 (clocks back at 03:00) gives the winter instants and both 02:00 hours', () => {
    expect(isos('2027-10-30', sundays)).toEqual(['2027-10-30T07:00:00.000Z', '2027-10-30T08:00:00.000Z']) // Saturday, UTC+2
    expect(isos('2027-10-31', sundays)).toEqual(['2027-10-31T08:00:00.000Z', '2027-10-31T09:00:00.000Z']) // Sunday, UTC+1
    const slots = slotTimesOf(night, '2027-10-31', none, now).slots
    // 01:00 CEST to 04:00 CET is four real hours: 02:00 happens twice, an hour apart.
    expect(slots.map((s) => [s.time, s.startsAt.toISOString()])).toEqual([
      ['01:00', '2027-10-30T23:00:00.000Z'],
      ['02:00', '2027-10-31T00:00:00.000Z'],
      ['02:00', '2027-10-31T01:00:00.000Z'],
      ['03:00', '2027-10-31T02:00:00.000Z'],
    ])
    expect(new Set(slots.map((s) => s.startsAt.getTime())).size).toBe(4)
    for (const slot of slots) expect(romeDay(slot.startsAt)).toBe('2027-10-31')
  })

  it('reads instants back as the Rome day and time', () => {
    expect(romeDay(new Date('2027-10-30T23:30:00.000Z'))).toBe('2027-10-31')
    expect(romeTime(new Date('2027-10-30T23:30:00.000Z'))).toBe('01:30')
    expect(romeTime(new Date('2027-03-28T01:30:00.000Z'))).toBe('03:30')
  })
})
