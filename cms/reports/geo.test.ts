import { describe, expect, it } from 'vitest'

import { normaliseReportCode, newReportCode } from './codes'
import { boxAround, distanceMeters, insideComune } from './geo'
import { reportLinkToken, verifyReportLink } from './links'

describe('distances and the Comune’s box', () => {
  it('measures metres on the ground (haversine) and boxes every point within a radius', () => {
    const vittoria = { latitude: 40.6378, longitude: 17.9421 }
    expect(distanceMeters(vittoria, vittoria)).toBe(0)
    expect(distanceMeters(vittoria, { latitude: 40.6378 + 150 / 111_195, longitude: 17.9421 })).toBeCloseTo(150, 0)
    expect(distanceMeters(vittoria, { latitude: 40.6378, longitude: 17.9421 + 1 })).toBeCloseTo(84_420, -2)
    const box = boxAround(vittoria, 150)
    for (const bearing of [0, 45, 90, 135, 180, 225, 270, 315]) {
      const r = (bearing * Math.PI) / 180
      const point = { latitude: vittoria.latitude + (Math.cos(r) * 149) / 111_195, longitude: vittoria.longitude + (Math.sin(r) * 149) / 84_420 }
      expect(point.latitude >= box.south && point.latitude <= box.north && point.longitude >= box.west && point.longitude <= box.east).toBe(true)
    }
    expect(insideComune(vittoria)).toBe(true)
    expect(insideComune({ latitude: 41.9, longitude: 12.5 })).toBe(false)
    expect(insideComune({ latitude: Number.NaN, longitude: 17.9 })).toBe(false)
  })
})

describe('codes and links', () => {
  it('draws codes that read back the same, however typed', () => {
    const code = newReportCode(new Date('2027-03-01T00:00:00Z'))
    expect(code).toMatch(/^SEG-2027-[0-9A-HJKMNP-TV-Z]{6}$/)
    expect(normaliseReportCode(code.toLowerCase())).toBe(code)
    expect(normaliseReportCode('seg2027oil123')).toBe('SEG-2027-011123')
    expect(normaliseReportCode('ASS-2027-ABCDEF')).toBeNull()
    expect(normaliseReportCode('../etc/passwd')).toBeNull()
  })

  it('accepts a link only for its purpose, unaltered and before it expires', () => {
    const payload = { secret: 'segreto-di-prova' }
    const now = new Date('2027-03-01T08:00:00Z')
    const token = reportLinkToken(payload, 42, 'conferma', now)
    expect(verifyReportLink(payload, token, 'conferma', now)).toBe(42)
    expect(verifyReportLink(payload, token, 'segui', now)).toBeNull()
    expect(verifyReportLink(payload, token.replace(/^42/, '43'), 'conferma', now)).toBeNull()
    expect(verifyReportLink({ secret: 'altro' }, token, 'conferma', now)).toBeNull()
    expect(verifyReportLink(payload, token, 'conferma', new Date(now.getTime() + 8 * 86_400_000))).toBeNull()
    expect(verifyReportLink(payload, reportLinkToken(payload, 7, 'non-seguire', now), 'non-seguire', new Date(now.getTime() + 4 * 365 * 86_400_000))).toBe(7)
  })
})
