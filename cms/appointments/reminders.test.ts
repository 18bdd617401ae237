import { describe, expect, it } from 'vitest'

import { reminderTime } from './reminders'

const at = (iso: string) => new Date(iso)
const longBefore = at('2026-01-01T00:00:00Z')

describe('when the reminder goes out', () => {
  it('is 09:00 in Rome the day before, in winter and in summer time', () => {
    expect(reminderTime(at('2026-12-03T08:20:00Z'), longBefore)).toEqual(at('2026-12-02T08:00:00Z'))
    expect(reminderTime(at('2026-07-02T07:20:00Z'), longBefore)).toEqual(at('2026-07-01T07:00:00Z'))
  })

  it('keeps 09:00 on the day before when the clocks change in between', () => {
    // Spring forward on Sunday 29 March 2026: Saturday is still winter time, Sunday summer time.
    expect(reminderTime(at('2026-03-29T08:00:00Z'), longBefore)).toEqual(at('2026-03-28T08:00:00Z'))
    expect(reminderTime(at('2026-03-30T07:00:00Z'), longBefore)).toEqual(at('2026-03-29T07:00:00Z'))
    // Fall back on Sunday 25 October 2026: Saturday is still summer time, Sunday winter time.
    expect(reminderTime(at('2026-10-25T09:00:00Z'), longBefore)).toEqual(at('2026-10-24T07:00:00Z'))
    expect(reminderTime(at('2026-10-26T08:00:00Z'), longBefore)).toEqual(at('2026-10-25T08:00:00Z'))
  })

  it('is at once when 09:00 the day before has passed and the appointment is more than two hours away', () => {
    const now = at('2026-12-02T15:00:00Z')
    expect(reminderTime(at('2026-12-03T08:20:00Z'), now)).toEqual(now)
    expect(reminderTime(at('2026-12-02T17:01:00Z'), now)).toEqual(now)
  })

  it('is never when the appointment is two hours away or less', () => {
    const now = at('2026-12-03T06:20:00Z')
    expect(reminderTime(at('2026-12-03T08:20:00Z'), now)).toBeNull()
    expect(reminderTime(at('2026-12-03T06:00:00Z'), now)).toBeNull()
  })
})
