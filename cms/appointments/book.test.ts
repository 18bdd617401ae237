import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { newBookingCode, normaliseCode, quotaKeyOf, violated } from './book'
import { bookingToken, verifyBookingLink } from './links'

const unique = (path: string) => new ValidationError({ collection: 'bookings', errors: [{ path, message: 'Value must be unique' }] })

describe('which unique index refused a booking', () => {
  it('tells the seat, the quota slot, the request key and the code apart, as SQLite and PostgreSQL name them', () => {
    expect(violated(unique('calendar'))).toBe('seat')
    expect(violated(unique('calendar_id, starts_at, seat'))).toBe('seat')
    expect(violated(unique('quotaKey'))).toBe('quota')
    expect(violated(unique('quota_key, quota_slot'))).toBe('quota')
    expect(violated(unique('requestKey'))).toBe('request')
    expect(violated(unique('request_key'))).toBe('request')
    expect(violated(unique('code'))).toBe('code')
    expect(violated(unique('email'))).toBeNull()
    expect(violated(new Error('UNIQUE constraint failed'))).toBeNull()
  })
})

describe('booking codes', () => {
  it('are BR- and 8 characters of Crockford’s base32, read back however typed', () => {
    const codes = new Set(Array.from({ length: 1000 }, newBookingCode))
    expect(codes.size).toBe(1000)
    for (const code of codes) expect(code).toMatch(/^BR-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{8}$/)
    expect(normaliseCode(' br-7k2q 9xmd ')).toBe('BR-7K2Q9XMD')
    expect(normaliseCode('7KO2IL9X')).toBe('BR-7K02119X')
  })
})

describe('quota keys', () => {
  it('count by fiscal code (upper case) or email (lower case), per service or per calendar', () => {
    expect(quotaKeyOf({ calendarId: 3, serviceId: 7, applicant: { kind: 'guest', givenName: 'A', familyName: 'B', email: 'Mario@Example.org', fiscalCode: 'rssmra80a01b180x' } })).toBe('RSSMRA80A01B180X|7')
    expect(quotaKeyOf({ calendarId: 3, serviceId: null, applicant: { kind: 'guest', givenName: 'A', familyName: 'B', email: 'Mario@Example.org' } })).toBe('mario@example.org|calendar:3')
  })
})

describe('signed links without a database', () => {
  const payload = { secret: 'segreto-di-prova' }
  const until = new Date('2030-01-01T10:00:00Z')
  it('verify only with the same secret, purpose and before the expiry', () => {
    const token = bookingToken(payload, 12, 'conferma-email', until)
    expect(verifyBookingLink(payload, token, 'conferma-email', new Date('2029-12-31T00:00:00Z'))).toBe(12)
    expect(verifyBookingLink({ secret: 'altro' }, token, 'conferma-email', new Date('2029-12-31T00:00:00Z'))).toBeNull()
    expect(verifyBookingLink(payload, token, 'gestisci', new Date('2029-12-31T00:00:00Z'))).toBeNull()
    expect(verifyBookingLink(payload, token, 'conferma-email', new Date('2030-01-01T10:00:01Z'))).toBeNull()
    expect(verifyBookingLink(payload, 'x.y.z', 'gestisci')).toBeNull()
  })
})
